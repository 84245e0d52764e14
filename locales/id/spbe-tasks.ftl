task-status-belum-dimulai = Belum dimulai
task-status-berjalan = Berjalan
task-status-selesai = Selesai
task-status-ditunda = Ditunda
task-none = -
task-no-pokja = Tanpa pokja
task-overdue-mark = ⚠️ terlambat
task-catalogue-empty = Katalog tugas SPBE masih kosong. Admin sekretariat dapat mengimpornya dengan /impor_tugas.
task-summary-title = <b>Perkembangan Tugas Nasional SPBE</b> (per { $date })
task-summary-total =
    Jumlah tugas: <b>{ $total }</b>
    Belum dimulai { $notStarted } · berjalan { $running } · selesai { $done } · ditunda { $postponed }
    Terlambat: <b>{ $overdue }</b> · rata-rata progres { $average }%
task-summary-line = <b>{ $name }</b>: { $total } tugas · selesai { $done } · berjalan { $running } · terlambat { $overdue } · rata-rata { $average }%
task-button-overdue = ⚠️ Terlambat
task-button-all = Semua tugas
task-button-my-agency = 🏢 Tugas instansi saya
task-button-csv = 📥 Unduh CSV
task-chart-title = Perkembangan Tugas SPBE
task-chart-subtitle = per { $date }
task-chart-all = Semua
task-chart-overdue = terlambat
task-chart-average = rata-rata
task-chart-total = jumlah
task-list-title = <b>Tugas SPBE: { $filter }</b> ({ $count })
task-list-empty = Tidak ada tugas yang cocok.
task-filter-text = kata kunci "{ $text }"
task-search-usage = Ketik kata kunci setelah perintah, misalnya: /cari_tugas arsitektur
task-search-too-short = Kata kunci terlalu pendek. Ketik paling sedikit 2 huruf atau angka.
task-search-too-long = Kata kunci terlalu panjang (paling banyak { $max } karakter).
task-not-found = Tugas { $number } tidak ditemukan. Lihat daftar tugas dengan /tugas.
task-card-title = <b>Tugas { $number }</b> — { $title }
task-card-status = Status: <b>{ $status }</b> · progres { $progress }%{ $late }
task-card-target = Target: { $target }
task-card-responsible = Penanggung jawab: { $responsible }
task-card-pokja = Pokja: { $pokja }
task-card-legal = Dasar hukum: { $legal }
task-card-note = Catatan terakhir: { $note } ({ $by }, { $at })
task-card-history = <b>Riwayat terakhir:</b>
task-history-created = dimuat ke katalog
task-history-status = status { $from } → { $to }
task-history-progress = progres { $from } → { $to }%
task-history-fields = { $count } data lain diubah
task-history-note = catatan diperbarui
task-history-import = melalui impor
task-button-follow = 🔔 Ikuti
task-button-unfollow = 🔕 Berhenti ikuti
task-button-update = ✏️ Perbarui
task-button-open = Buka Tugas { $number }
task-register-first = Silakan mendaftar dengan /daftar terlebih dahulu.
task-follow-usage = Ketik nomor tugas, misalnya: /ikuti 12
task-unfollow-usage = Ketik nomor tugas, misalnya: /berhenti_ikuti 12
task-followed = Bapak/Ibu kini mengikuti Tugas { $number } dan akan menerima kabar setiap pembaruannya.
task-already-following = Bapak/Ibu sudah mengikuti Tugas { $number }.
task-unfollowed = Bapak/Ibu tidak lagi mengikuti Tugas { $number }.
task-not-following = Bapak/Ibu belum mengikuti Tugas { $number }.
task-update-not-allowed = Maaf, tugas ini hanya dapat diperbarui oleh koordinator pokja terkait dan admin sekretariat.
task-update-ask-status = Memperbarui <b>Tugas { $number }</b> — { $title }
    Status sekarang: { $status }. Pilih status baru:
task-update-ask-progress = Ketik progres 0-100 (sekarang { $progress }%), atau tekan tombol untuk tidak mengubahnya.
task-button-keep = Tetap { $value }
task-update-progress-invalid = Progres harus berupa angka bulat 0 sampai 100, misalnya 45.
task-update-done-under-100 = Status <b>selesai</b>, tetapi progres { $progress }%. Jadikan progres 100%?
task-button-make-100 = Ya, jadikan 100%
task-button-keep-progress = Tetap { $progress }%
task-update-ask-note = Tulis catatan singkat tentang perkembangan ini (paling banyak { $max } karakter), atau tekan Lewati.
task-update-note-length = Catatan harus 2 sampai { $max } karakter.
task-update-ask-audience = Siapa yang diberi tahu tentang pembaruan ini?
task-button-followers-only = Hanya pengikut tugas
task-button-followers-and-pokja = Pengikut dan anggota Pokja { $pokja }
task-update-confirm =
    <b>Simpan pembaruan Tugas { $number }?</b>
    Status: { $status }
    Progres: { $progress }%
    Catatan: { $note }
task-note-unchanged = (catatan tidak diubah)
task-button-save = 💾 Simpan
task-update-saved = Tugas { $number } telah diperbarui. Pemberitahuan dikirim kepada { $notified } orang.
task-update-unchanged = Tidak ada yang berubah pada Tugas { $number }.
task-update-notification = 📌 <b>Tugas { $number}</b> diperbarui: { $title }
    Status: { $status } · progres { $progress }%{ $note }
    Oleh { $by }
task-update-notification-note = Catatan: { $note }
task-csv-caption = Katalog tugas SPBE ({ $count } tugas).
task-inline-register = Daftar sebagai anggota Forum Kominfo
task-inline-title = Tugas { $number } — { $title }
task-inline-pending = Pendaftaran Bapak/Ibu masih ditinjau admin
task-inline-register-again = Pendaftaran ditolak — daftar kembali
task-inline-suspended = Keanggotaan Bapak/Ibu sedang dinonaktifkan
task-inline-none = Tidak ada tugas yang cocok — buka /tugas
task-inline-failed = Pencarian belum berhasil — coba lagi atau buka /tugas
task-digest-title = 📋 <b>Tugas pokja yang perlu perhatian</b> ({ $date })
task-digest-overdue = <b>Baru melewati target ({ $count }):</b>
task-digest-overdue-total = Seluruh tugas pokja yang terlambat saat ini: { $count }.
task-digest-due-soon = <b>Jatuh tempo dalam 7 hari ({ $count }):</b>
task-digest-line = • Tugas { $number } — { $title } (target { $target }, { $progress }%)
task-import-intro =
    Kirim berkas CSV katalog tugas (UTF-8, dipisah koma atau titik koma, seperti yang disimpan Excel atau LibreOffice; paling besar 1 MB).
    Kolom: <code>{ $columns }</code>
    Kolom wajib: nomor dan judul. Seluruh berkas diperiksa dahulu; tidak ada yang disimpan sebelum Bapak/Ibu menyetujui ringkasannya.
    Kolom berlaku_untuk: nasional (bila kosong), semua, provinsi, kabkota, atau daftar kode instansi (misalnya <code>daftar: 35.78; 73.71</code>). Berkas lama tanpa kolom ini tetap dapat diimpor.
task-import-send-file = Mohon kirim berkas CSV sebagai dokumen.
task-import-not-csv = Berkas <i>{ $name }</i> bukan berkas CSV. Simpan tabel sebagai "CSV UTF-8" lalu kirim kembali.
task-import-invalid = Berkas belum dapat diimpor: ada { $count } masalah.
task-import-at-line = Baris { $line }: 
task-import-at-column = Baris { $line }, kolom { $column }: 
task-import-more-errors = … dan { $count } masalah lainnya.
task-import-fix-and-resend = Silakan perbaiki berkas lalu kirim kembali, atau ketik /batal.
task-import-summary =
    <b>Berkas valid.</b> Bila diimpor:
    • { $create } tugas baru
    • { $update } tugas diperbarui
    • { $unchanged } tugas tidak berubah
    Lanjutkan?
task-button-import = 📥 Impor sekarang
task-import-done = Impor selesai: { $created } tugas baru, { $updated } diperbarui, { $unchanged } tidak berubah.
task-import-error-file-too-large = Berkas terlalu besar (paling besar 1 MB).
task-import-error-encoding = Berkas tidak tersimpan sebagai teks UTF-8 (terdeteksi: { $detected }). Di Excel pilih "Simpan sebagai" → "CSV UTF-8 (dipisah koma)".
task-import-error-empty = Berkas tidak berisi data tugas.
task-import-error-unclosed-quote = Tanda petik (") dibuka tetapi tidak ditutup.
task-import-error-unknown-column = Kolom tidak dikenal. Kolom yang dapat dipakai: { $allowed }.
task-import-error-missing-column = Kolom wajib tidak ada.
task-import-error-duplicate-column = Kolom ini muncul lebih dari sekali.
task-import-error-unnamed-column = Ada isian pada kolom ke-{ $position } yang tidak berjudul.
task-import-error-field-count = Jumlah kolom { $actual }, seharusnya { $expected }.
task-import-error-required = Wajib diisi.
task-import-error-invalid-number = "{ $value }" bukan nomor tugas (angka bulat positif).
task-import-error-duplicate-number = Nomor { $value } sudah dipakai di baris { $first }.
task-import-error-too-short = Terlalu pendek ({ $length } karakter, paling sedikit { $min }).
task-import-error-too-long = Terlalu panjang ({ $length } karakter, paling banyak { $max }).
task-import-error-unknown-agency = Kode instansi "{ $value }" tidak ada dalam daftar instansi.
task-import-error-agency-and-unit = Isi salah satu saja: instansi_kode atau unit_pelaksana.
task-import-error-unknown-pokja = Pokja "{ $value }" tidak dikenal.
task-import-error-ambiguous-pokja = Pokja "{ $value }" cocok dengan lebih dari satu pokja.
task-import-error-invalid-date = "{ $value }" bukan tanggal (contoh: 31/12/2026 atau 2026-12-31).
task-import-error-impossible-date = Tanggal "{ $value }" tidak ada di kalender.
task-import-error-date-out-of-range = Tahun pada "{ $value }" harus antara { $min } dan { $max }.
task-import-error-invalid-status = Status "{ $value }" tidak dikenal. Pilihan: { $allowed }.
task-import-error-invalid-progress = Progres "{ $value }" harus berupa angka bulat.
task-import-error-progress-out-of-range = Progres { $value } harus antara { $min } dan { $max }.
task-import-error-done-needs-100 = Status selesai memerlukan progres 100 (tertulis { $value }).
task-import-error-invalid-scope = "{ $value }" tidak dikenal. Isi nasional, semua, provinsi, kabkota, atau daftar kode instansi (misalnya: daftar: 35.78; 73.71).
task-import-error-empty-scope-list = Daftar instansi kosong. Tulis kode instansi setelah "daftar:".
task-import-error-too-many-scope-agencies = Daftar berisi { $count } instansi; paling banyak { $max }.
task-import-error-unknown-scope-agency = Kode instansi berikut tidak ada dalam daftar instansi: { $value }.
task-import-error-too-many-errors = Masih ada { $count } masalah lain yang tidak ditampilkan.
task-import-error-unreadable = Berkas tidak dapat diunduh atau dibaca. Silakan kirim kembali.
cmd-tugas_instansi = Tugas SPBE instansi saya: status dan progres
task-agency-not-reported = Belum melapor
task-agency-scope-all = seluruh instansi daerah ({ $count })
task-agency-scope-provinces = seluruh provinsi ({ $count })
task-agency-scope-regencies = seluruh kabupaten/kota ({ $count })
task-agency-scope-list = instansi terpilih ({ $count })
task-agency-applies = Berlaku untuk: { $scope }
task-agency-figure = <b>{ $title }: { $done } dari { $total } instansi selesai ({ $percent }%)</b>
task-agency-counts =
    Belum melapor { $notReported } · belum dimulai { $notStarted } · berjalan { $running } · selesai { $done } · ditunda { $postponed }
    Rata-rata progres { $average }%
task-agency-mine-title = <b>Instansi Bapak/Ibu</b> ({ $agency }):
task-agency-mine-not-applicable = Tugas ini tidak berlaku untuk { $agency }.
task-agency-mine-status = Status: <b>{ $status }</b> · progres { $progress }%{ $late }
task-agency-mine-note = Catatan: { $note }
task-agency-mine-evidence-link = Bukti: { $url }
task-agency-mine-evidence-file = Bukti: dokumen { $name }
task-agency-mine-updated = Diperbarui { $at } oleh { $by }
task-agency-button-update = ✏️ Perbarui untuk instansi saya
task-agency-button-provinces = 🗺 Per provinsi
task-agency-button-not-reported = ⏳ Belum melapor
task-agency-button-regencies = 🏙 Kabupaten/kota provinsi saya
task-agency-button-regencies-of = 🏙 { $number }
task-agency-button-everywhere = Seluruh Indonesia
task-agency-button-my-province = Provinsi saya
task-agency-provinces-title = <b>Tugas { $number } per provinsi</b> — { $title }
    Diurutkan dari persentase selesai tertinggi.
task-agency-province-line = { $rank }. { $name } { $bar } { $percent }% ({ $done }/{ $total }; belum melapor { $notReported })
task-agency-central-units = Unit pusat
task-agency-none = Tidak ada instansi.
task-agency-everywhere = seluruh Indonesia
task-agency-not-reported-title = <b>Belum melapor — Tugas { $number }</b> ({ $area }): { $count } instansi
    { $title }
task-agency-all-reported = Semua instansi sudah melapor.
task-agency-regencies-title = <b>Kabupaten/kota { $province } — Tugas { $number }</b> ({ $count })
    { $title }
task-agency-mine-list-title = <b>Tugas SPBE { $agency }</b>
task-agency-mine-summary = { $total } tugas berlaku · selesai { $done } ({ $percent }%) · terlambat { $overdue } · belum dilaporkan { $notReported }
task-agency-mine-filter = Tampilan: { $filter } ({ $count })
task-agency-mine-none = Belum ada tugas SPBE yang berlaku untuk instansi Bapak/Ibu.
task-agency-target = target { $target }
task-agency-filter-all = Semua
task-agency-filter-overdue = Terlambat
task-agency-filter-not-reported = Belum dilaporkan
task-agency-national-task = Tugas { $number } adalah tugas nasional dengan satu status; tidak ada laporan per instansi.
task-agency-not-allowed = Maaf, tampilan ini hanya untuk anggota yang sudah disetujui.
task-agency-no-province = Instansi Bapak/Ibu tidak berada di satu provinsi, jadi tidak ada kabupaten/kota untuk ditampilkan.
task-agency-update-not-allowed = Maaf, Bapak/Ibu tidak berwenang memperbarui laporan instansi ini untuk tugas tersebut.
task-agency-button-own = Instansi saya: { $agency }
task-agency-ask-agency = Memperbarui laporan instansi untuk <b>Tugas { $number }</b> — { $title }
    Ketik sebagian nama instansi untuk mencarinya di antara instansi yang terkena tugas ini.
task-agency-search-none = Tidak ada instansi yang terkena tugas ini dengan nama "{ $text }". Coba kata lain.
task-agency-search-results = Ditemukan { $count } instansi; { $shown } ditampilkan. Pilih salah satu, atau ketik nama yang lebih lengkap.
task-agency-ask-status = <b>Tugas { $number }</b> — { $title }
    Instansi: { $agency }
    Status sekarang: { $status }. Pilih status baru, atau tekan Lewati:
task-agency-ask-progress = Ketik progres 0-100 (sekarang { $progress }%), atau tekan Lewati.
task-agency-ask-note = Tulis catatan singkat (paling banyak { $max } karakter), atau tekan Lewati.
task-agency-note-length = Catatan harus 2 sampai { $max } karakter.
task-agency-ask-evidence = Kirim tautan bukti (diawali http:// atau https://) atau berkas dokumen, atau tekan Lewati.
task-agency-evidence-invalid = Tautan tidak valid. Kirim alamat lengkap yang diawali http:// atau https://, tanpa spasi.
task-agency-evidence-photo = Mohon kirim bukti sebagai berkas dokumen (bukan foto), atau kirim tautan.
task-agency-confirm =
    <b>Simpan laporan Tugas { $number }?</b>
    Instansi: { $agency }
    Sebelumnya: { $before }
    Menjadi: { $after }
    Catatan: { $note }
    Bukti: { $evidence }
task-agency-saved = Laporan { $agency } untuk Tugas { $number } telah disimpan.
task-agency-unchanged = Tidak ada yang berubah pada laporan { $agency } untuk Tugas { $number }.
task-agency-refused-unknown-task = Tugas ini sudah tidak ada.
task-agency-refused-not-applicable = Tugas ini tidak berlaku untuk instansi tersebut.
task-agency-refused-invalid-status = Status tidak dikenal.
task-agency-refused-evidence-file = Berkas bukti tidak dapat disimpan. Kirim berkas lain atau tautan.
task-digest-agency-rollup = <b>Tugas per instansi yang melewati target ({ $count }):</b>
task-digest-agency-rollup-line = • Tugas { $number } — { $title } (target { $target }): { $done } dari { $total } instansi selesai ({ $percent }%); { $late } instansi terlambat
task-digest-agency-title = ⏰ <b>Tugas SPBE instansi yang melewati target</b> ({ $date })
task-digest-agency-intro = { $agency }: { $count } tugas belum selesai padahal targetnya sudah lewat.
task-digest-agency-line = • Tugas { $number } — { $title } (target { $target }; { $status })
task-digest-agency-more = … dan { $count } tugas lainnya.
task-digest-agency-footer = Mohon Bapak/Ibu memperbarui laporan instansi melalui /tugas_instansi.
task-digest-agency-button = ⚠️ Tugas terlambat instansi saya
task-agency-button-evidence = 📎 Lihat dokumen bukti
task-agency-no-evidence = Tidak ada dokumen bukti pada laporan ini.
task-agency-evidence-caption = Bukti Tugas { $number } — { $agency }
task-agency-line-figure = { $done }/{ $total } instansi selesai ({ $percent }%)
