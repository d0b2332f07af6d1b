site-title = Rotenburg (Wümme) ilçesinde uyum
site-publisher = Rotenburg (Wümme) İlçesi, Göç ve Katılım Koordinasyon Bürosu
