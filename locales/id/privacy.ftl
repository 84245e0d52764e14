## Data pribadi (UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi)
cmd-data_saya = Unduh semua data pribadi Bapak/Ibu yang tersimpan
cmd-hapus_akun = Hapus akun dan data pribadi Bapak/Ibu

## /data_saya
privacy-export-none = Tidak ada data pribadi Bapak/Ibu yang tersimpan di Forum Kominfo Bot. Bapak/Ibu belum terdaftar (atau data Bapak/Ibu sudah dihapus).
privacy-export-intro =
    <b>Data pribadi Bapak/Ibu di Forum Kominfo Bot</b>

    Berikut dua berkas: berkas JSON berisi seluruh data yang tersimpan tentang Bapak/Ibu, dan ringkasan yang mudah dibaca. Data orang lain (misalnya nama peninjau) tidak disertakan.

    Data dapat diperbaiki melalui /profil, dan dihapus melalui /hapus_akun.
privacy-export-json-caption = Seluruh data yang tersimpan (JSON)
privacy-export-txt-caption = Ringkasan data pribadi
privacy-none = -
privacy-broadcasts-on = menerima semua siaran
privacy-broadcasts-off = hanya pengumuman wajib sekretariat
privacy-reminders-on = aktif
privacy-reminders-off = nonaktif
privacy-summary =
    RINGKASAN DATA PRIBADI DI FORUM KOMINFO BOT
    Dibuat: { $exportedAt }

    IDENTITAS
    Nama: { $name }
    Instansi: { $agency }
    Jabatan: { $position }
    NIP/NI PPPK: { $nip }
    Telepon: { $phone }
    Nama pengguna Telegram: { $username }
    ID Telegram: { $telegramId }

    KEANGGOTAAN
    Status: { $status }
    Peran: { $role }
    Terdaftar: { $registeredAt }
    Persetujuan pemrosesan data: { $consentAt } (versi { $consentVersion })
    Pokja: { $pokja }
    Koordinator pokja: { $coordinates }

    PENGATURAN
    Bahasa: { $language }
    Zona waktu: { $timezone }
    Siaran: { $broadcasts }
    Pengingat rapat: { $reminders }

    KEGIATAN
    Undangan rapat: { $invites } (hadir: { $attended })
    Tindak lanjut rapat atas nama Bapak/Ibu: { $actionItems }
    Usulan yang diajukan: { $submitted }
    Usulan yang didukung: { $supported }
    Usulan yang diikuti: { $followed }
    Tugas SPBE yang diikuti: { $tasks }
    Siaran yang dikirim: { $broadcastsSent }
    Balasan siaran yang dikirim: { $replies }
    Pesan bot untuk Bapak/Ibu yang masih tersimpan: { $messages }
    Proses yang belum selesai: { $flows }
    Catatan audit tentang Bapak/Ibu: { $audit }

    Rincian lengkap ada di berkas JSON. Data dapat diperbaiki melalui /profil dan dihapus melalui /hapus_akun.
privacy-button-export = 📄 Unduh data saya dahulu

## /hapus_akun
privacy-erase-none = Tidak ada data pribadi Bapak/Ibu yang tersimpan di Forum Kominfo Bot, sehingga tidak ada yang perlu dihapus.
privacy-erase-configured-admin =
    Data Bapak/Ibu tidak dapat dihapus melalui bot karena Bapak/Ibu tercatat sebagai <b>admin sekretariat</b> dalam konfigurasi bot (ADMIN_TELEGRAM_IDS): catatan admin akan dibuat kembali pada pesan berikutnya.

    Mohon minta pengelola bot menghapus ID Telegram Bapak/Ibu dari konfigurasi terlebih dahulu, lalu gunakan /hapus_akun kembali.
privacy-erase-last-admin =
    Data Bapak/Ibu belum dapat dihapus karena Bapak/Ibu adalah <b>satu-satunya admin sekretariat</b>; tanpa admin, pendaftaran baru tidak dapat ditinjau.

    Mohon tunjuk admin lain melalui /admin terlebih dahulu, lalu gunakan /hapus_akun kembali.
privacy-erase-explain =
    <b>Hapus akun dan data pribadi</b>

    Dengan ini Bapak/Ibu menarik persetujuan pemrosesan data pribadi (UU Nomor 27 Tahun 2022).

    <b>Yang dihapus:</b> nama, jabatan, NIP, nomor telepon, ID dan nama pengguna Telegram; keanggotaan pokja dan peran koordinator; permintaan bergabung; undangan rapat yang akan datang; tugas dan usulan yang Bapak/Ibu ikuti; pesan bot yang belum terkirim; proses yang belum selesai. Bot juga mengeluarkan Bapak/Ibu dari grup Telegram pokja yang terhubung dengan forum.

    <b>Yang tetap disimpan</b> sebagai arsip forum, dengan nama "Anggota terhapus": daftar hadir rapat yang telah berlangsung, usulan yang telah diajukan beserta riwayatnya, jumlah dukungan, tindak lanjut rapat, dan catatan audit (tanpa data pribadi).

    Setelah dihapus, bot tidak lagi mengenali Bapak/Ibu. Bapak/Ibu dapat mendaftar kembali kapan saja dengan /daftar. Bila ingin menyimpan salinan data, unduh terlebih dahulu.
privacy-button-continue = Lanjutkan
privacy-erase-confirm =
    <b>Konfirmasi terakhir</b>

    Data pribadi Bapak/Ibu akan dihapus sekarang dan <b>tidak dapat dikembalikan</b>. Lanjutkan penghapusan?
privacy-button-erase = 🗑 Ya, hapus data saya
privacy-erase-cancelled = Baik, penghapusan dibatalkan. Data Bapak/Ibu tidak diubah.
privacy-erase-done =
    Data pribadi Bapak/Ibu telah <b>dihapus</b>. Terima kasih atas partisipasi Bapak/Ibu di Forum Kominfo.

    Arsip forum kini mencantumkan "Anggota terhapus". Bapak/Ibu dapat mendaftar kembali kapan saja dengan /daftar.
privacy-erase-groups-removed = Bapak/Ibu juga telah dikeluarkan dari grup Telegram pokja { $groups }.
privacy-erase-groups-leave = ⚠️ Bot tidak dapat mengeluarkan Bapak/Ibu dari grup Telegram pokja { $groups }. Bila Bapak/Ibu tidak ingin lagi menerima pesan dari grup tersebut, mohon keluar dari grup secara mandiri.
privacy-erase-groups-owner = ⚠️ Bapak/Ibu adalah pemilik grup Telegram pokja { $groups }, sehingga bot tidak dapat mengeluarkan Bapak/Ibu. Bila Bapak/Ibu tidak ingin lagi berada di grup tersebut, mohon alihkan kepemilikan grup kepada pengurus lain, lalu keluar dari grup secara mandiri.
privacy-erase-groups-unknown = ⚠️ Bot belum dapat memastikan bahwa Bapak/Ibu telah dikeluarkan dari grup Telegram pokja. Bila Bapak/Ibu masih berada di grup pokja, mohon keluar dari grup secara mandiri.
