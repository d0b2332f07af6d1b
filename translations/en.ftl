site-title = Integration in the district of Rotenburg (Wümme)
site-publisher = District of Rotenburg (Wümme), Coordination Office for Migration and Participation
