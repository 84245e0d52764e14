## Umum
error-generic = Maaf, terjadi kesalahan pada sistem. Silakan coba lagi beberapa saat lagi. Bila kesalahan masih terjadi, mohon hubungi sekretariat Forum Kominfo.
button-stale = Tombol ini sudah tidak berlaku. Silakan mulai lagi dari perintah terkait.
button-cancel = ✖️ Batal
button-skip = Lewati
button-next = Berikutnya ▶️
button-previous = ◀️ Sebelumnya
button-share-phone = 📱 Bagikan nomor telepon saya
page-indicator = Hal. { $page }/{ $pages }
value-not-provided = (tidak diisi)
unknown-command = Maaf, perintah tersebut tidak dikenal. Ketik /bantuan untuk melihat perintah yang tersedia.
fallback-menu = Silakan pilih fitur yang Bapak/Ibu perlukan dari menu di bawah ini. Untuk membatalkan proses yang sedang berjalan, ketik /batal.
fallback-menu-hint = Untuk itu, silakan tekan tombol "{ $button }" pada menu di bawah ini. Fitur lain juga dapat dibuka dari menu yang sama.

## Alur bertahap
flow-cancelled = Baik, proses dibatalkan. Tidak ada data yang diubah.
flow-busy = Bapak/Ibu masih berada dalam proses lain. Selesaikan dahulu, atau ketik /batal untuk membatalkannya.
flow-nothing-to-cancel = Tidak ada proses yang sedang berjalan.
flow-command-during-flow = Bapak/Ibu sedang mengisi formulir. Silakan jawab pertanyaan terakhir di atas, atau ketik /batal untuk membatalkan.
flow-text-expected = Mohon jawab dengan pesan teks.
flow-button-expected = Mohon pilih salah satu tombol pada pesan di atas.
flow-ended-suspended = Keanggotaan Bapak/Ibu ditangguhkan oleh sekretariat sejak proses ini dimulai, sehingga proses dihentikan dan isian yang belum dikirim tidak disimpan. Silakan hubungi sekretariat Forum Kominfo.
flow-ended-status = Status keanggotaan Bapak/Ibu berubah menjadi "{ $status }" sejak proses ini dimulai, sehingga proses dihentikan dan isian yang belum dikirim tidak disimpan.
flow-ended-role = Peran Bapak/Ibu berubah dari { $from } menjadi { $to } sejak proses ini dimulai, sehingga hak akses Bapak/Ibu ikut berubah. Proses dihentikan dan isian yang belum dikirim tidak disimpan.
flow-ended-restart = Bila masih diperlukan, silakan mulai lagi dengan /{ $command }.

## Perintah
cmd-start = Mulai dan lihat status keanggotaan
cmd-daftar = Daftar sebagai anggota Forum Kominfo
cmd-profil = Lihat dan perbaiki profil
cmd-bantuan = Bantuan singkat penggunaan bot
cmd-menu = Menu utama: semua fitur dalam tombol
cmd-batal = Batalkan proses yang sedang berjalan
cmd-admin = Menu sekretariat (admin)
help-title = <b>Perintah yang dapat Bapak/Ibu gunakan:</b>
help-member =
    <b>Bantuan Forum Kominfo Bot</b>

    Semua fitur dapat dibuka dari <b>menu utama</b>: tekan tombol di bawah ini, atau ketik /menu kapan saja.
    Saat mengisi formulir, ketik /batal untuk membatalkannya.
    Daftar lengkap perintah ada di tombol Menu di samping kolom pesan Telegram.
    Untuk pertanyaan lain, silakan hubungi sekretariat Forum Kominfo.
help-newcomer =
    <b>Bantuan Forum Kominfo Bot</b>

    Bot ini untuk anggota Forum Kominfo. Silakan mendaftar dengan /daftar; setelah pendaftaran disetujui sekretariat, seluruh fitur dapat dibuka dari menu utama.
    Lihat status pendaftaran dengan /start dan data Bapak/Ibu dengan /profil.
help-button-menu = 📋 Buka menu utama
menu-title = <b>Menu utama Forum Kominfo</b>
    Silakan pilih fitur yang Bapak/Ibu perlukan:
menu-prompt = Silakan pilih fitur yang Bapak/Ibu perlukan:
menu-button-rapat = 📅 Rapat
menu-button-tugas = 📊 Tugas SPBE
menu-button-usulan = 💡 Usulan
menu-button-pokja = 👥 Pokja
menu-button-profil = 👤 Profil
menu-button-bantuan = ❓ Bantuan
menu-button-tinjau = 📝 Tinjau usulan
menu-button-rapat-baru = 🗓️ Jadwalkan rapat
menu-button-siaran = 📣 Siaran
menu-button-admin = 🏛️ Sekretariat

## Akses
access-unregistered = Bapak/Ibu belum terdaftar sebagai anggota Forum Kominfo. Silakan mendaftar dengan /daftar.
access-pending = Pendaftaran Bapak/Ibu masih menunggu persetujuan sekretariat (diajukan { $since }). Fitur ini dapat digunakan setelah pendaftaran disetujui.
access-rejected =
    Pendaftaran Bapak/Ibu tidak disetujui.
    Alasan: { $reason }

    Bapak/Ibu dapat mendaftar ulang dengan /daftar.
access-suspended =
    Keanggotaan Bapak/Ibu sedang ditangguhkan.
    Alasan: { $reason }

    Silakan hubungi sekretariat Forum Kominfo.
access-admin-only = Maaf, fitur ini hanya untuk admin sekretariat Forum Kominfo.

## Pokja
cmd-pokja = Pokja: daftar, gabung, dan keluar
cmd-anggota = Anggota pokja (koordinator dan admin)
cmd-undangan = Tautan undangan grup pokja (koordinator)
cmd-hubungkan = Hubungkan grup ini dengan pokja
cmd-putuskan = Putuskan grup ini dari pokja

## Siaran
cmd-siaran = Kirim siaran (koordinator dan admin)
cmd-siaran_laporan = Laporan siaran terakhir

## Tugas SPBE
cmd-tugas = Tugas nasional SPBE: ringkasan, nomor, atau kata kunci
cmd-cari_tugas = Cari tugas SPBE
cmd-ikuti = Ikuti perkembangan sebuah tugas
cmd-berhenti_ikuti = Berhenti mengikuti sebuah tugas
cmd-ekspor_tugas = Unduh katalog tugas (CSV)
cmd-impor_tugas = Impor katalog tugas dari CSV (admin)

## Rapat
cmd-rapat = Rapat yang akan datang dan jawaban kehadiran
cmd-rapat_baru = Jadwalkan rapat (koordinator dan admin)
cmd-pengaturan = Pengaturan pengingat
calendar-weekdays = Sen Sel Rab Kam Jum Sab Min

## Recommendations (usulan)
cmd-usul = Ajukan usulan atau rekomendasi
cmd-usulan = Usulan pokja Bapak/Ibu
cmd-usulan_saya = Usulan yang Bapak/Ibu ajukan
cmd-tinjau = Tinjau usulan pokja (koordinator dan admin)
cmd-rekap_usulan = Rekap dan ekspor usulan (koordinator dan admin)

## Gerbang perintah
access-staff-only = Maaf, fitur ini hanya untuk koordinator pokja dan admin sekretariat Forum Kominfo.
access-group-not-approved = Maaf, perintah ini hanya untuk anggota Forum Kominfo yang telah disetujui. Silakan buka percakapan pribadi dengan bot untuk mendaftar atau melihat status keanggotaan.
command-private-only = Perintah /{ $command } digunakan dalam percakapan pribadi dengan bot. Silakan tekan tombol di bawah ini.
command-group-only = Perintah /{ $command } digunakan di grup Telegram pokja, bukan dalam percakapan pribadi. Tambahkan bot ke grup pokja, lalu ketik perintah tersebut di sana.
button-open-private = 💬 Buka percakapan pribadi
unknown-command-suggest = Maaf, perintah tersebut tidak dikenal. Maksud Bapak/Ibu /{ $command }? Ketik /bantuan untuk melihat semua perintah.

# Long work off the event loop (imports, exports, charts on a worker thread)
long-work-failed = Maaf, berkas belum dapat diproses karena gangguan pada server. Data Bapak/Ibu tidak berubah. Silakan coba lagi beberapa saat lagi; bila masih gagal, mohon hubungi sekretariat Forum Kominfo.
long-work-chart-failed = Maaf, grafik belum dapat dibuat karena gangguan pada server. Rekap angkanya tetap dikirim di bawah ini.
