# UI strings of this site. The theme's strings (themes/default/translations/) can be
# overridden here, message by message.
site-title = Integration im Landkreis Rotenburg (Wümme)
site-publisher = Landkreis Rotenburg (Wümme), Koordinierungsstelle Migration und Teilhabe
