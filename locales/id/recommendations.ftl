rec-status-diajukan = Diajukan
rec-status-ditinjau = Ditinjau
rec-status-dibahas = Dibahas
rec-status-dijadwalkan-dibahas = Dijadwalkan dibahas
rec-status-dibahas-or-ahead = Dibahas/dijadwalkan dibahas
rec-status-diterima = Diterima
rec-status-ditolak = Ditolak
rec-status-perlu-revisi = Perlu revisi
rec-status-ditindaklanjuti = Ditindaklanjuti
rec-status-selesai = Selesai
rec-category-kebijakan = Kebijakan
rec-category-infrastruktur = Infrastruktur
rec-category-aplikasi = Aplikasi
rec-category-data = Data
rec-category-keamanan = Keamanan
rec-category-sdm = SDM
rec-category-lainnya = Lainnya
rec-action-ditinjau = 🔎 Mulai tinjau
rec-action-dibahas = 🗣 Tandai dibahas
rec-action-diterima = ✅ Terima
rec-action-ditolak = ❌ Tolak
rec-action-perlu-revisi = ✏️ Minta revisi
rec-action-ditindaklanjuti = 🚧 Tandai ditindaklanjuti
rec-action-selesai = 🏁 Tandai selesai
rec-limit-reached = Mohon maaf, Bapak/Ibu sudah mengajukan { $limit } usulan hari ini, batas harian per anggota. Usulan berikutnya dapat diajukan mulai { $when }. Terima kasih atas partisipasinya.
rec-no-pokja = Bapak/Ibu belum menjadi anggota pokja mana pun. Silakan bergabung lebih dulu melalui /pokja.
rec-ask-pokja = Usulan ini untuk pokja mana?
rec-ask-category = Usulan untuk Pokja { $pokja }. Termasuk kategori apa?
rec-ask-title = Apa judul usulan Bapak/Ibu? ({ $min } sampai { $max } karakter)
rec-title-length = Judul usulan harus { $min } sampai { $max } karakter.
rec-similar-found = Sudah ada usulan dengan judul yang mirip di pokja ini. Bila maksudnya sama, Bapak/Ibu dapat mendukung usulan tersebut:
rec-button-support-existing = 👍 Dukung usulan #{ $id }
rec-button-submit-anyway = Tetap ajukan usulan baru
rec-button-retitle = Ubah judul
rec-ask-problem = 1/3 · <b>Masalah</b>: masalah apa yang ingin diatasi? (tersisa { $left } karakter untuk ketiga bagian)
rec-ask-solution = 2/3 · <b>Usulan solusi</b>: apa yang Bapak/Ibu usulkan? (tersisa { $left } karakter)
rec-ask-benefit = 3/3 · <b>Manfaat</b>: apa manfaatnya bila usulan ini dijalankan? (tersisa { $left } karakter)
rec-part-too-short = Mohon jelaskan sedikit lebih lengkap (paling sedikit { $min } karakter).
rec-description-too-long = Masalah, usulan solusi, dan manfaat bersama-sama paling banyak { $max } karakter. Untuk bagian ini tersisa { $left } karakter; mohon diringkas.
rec-ask-task = Apakah usulan ini terkait tugas SPBE nasional? Ketik nomor tugas atau kata kuncinya, atau tekan Lewati.
rec-task-pick = Pilih tugas SPBE yang terkait, atau ketik kata kunci lain:
rec-task-none = Tidak ada tugas SPBE yang cocok. Mohon ketik nomor atau kata kunci lain.
rec-ask-attachments = Lampiran (boleh tidak ada): kirim paling banyak { $max } dokumen (PDF, Word, Excel, PowerPoint) atau foto, satu per satu.
rec-button-no-attachments = Tanpa lampiran ▶️
rec-button-attachments-done = Selesai melampirkan ▶️
rec-attachment-added = Lampiran { $count } dari { $max } diterima. Kirim berkas berikutnya atau tekan Selesai.
rec-attachments-max = Lampiran paling banyak { $max }. Berkas ini tidak disimpan; tekan Selesai untuk melanjutkan.
rec-attachment-type = Jenis berkas ini tidak dapat dilampirkan. Mohon kirim dokumen PDF, Word, Excel, PowerPoint, teks, atau foto.
rec-attachment-expected = Mohon kirim dokumen atau foto sebagai lampiran, atau tekan tombol di atas untuk melanjutkan.
rec-preview-title = <b>Pratinjau usulan</b> (belum diajukan)
rec-preview-no-task = Tugas SPBE terkait: tidak ada
rec-button-submit = 📤 Ajukan usulan
rec-submitted = Terima kasih. Usulan #{ $id } telah diajukan dan diteruskan kepada koordinator pokja. Bapak/Ibu akan diberi tahu setiap perkembangannya.
rec-submit-refused = Mohon maaf, usulan ini tidak dapat diajukan karena Bapak/Ibu tidak lagi tercatat sebagai anggota Pokja { $pokja }. Silakan bergabung kembali melalui /pokja.
rec-support-ok = Dukungan Bapak/Ibu untuk usulan #{ $id } tercatat. Bapak/Ibu juga akan diberi tahu perkembangannya.
rec-support-own = Ini usulan Bapak/Ibu sendiri; dukungan hanya dapat diberikan oleh anggota lain.
rec-support-already = Bapak/Ibu sudah mendukung usulan #{ $id }.
rec-support-not-found = Usulan tidak ditemukan.
rec-part-problem = <b>Masalah</b>
rec-part-solution = <b>Usulan solusi</b>
rec-part-benefit = <b>Manfaat</b>
rec-card-meta = Pokja { $pokja } · { $category } · <b>{ $status }</b>
rec-preview-meta = Pokja { $pokja } · { $category }
rec-card-submitter = Diajukan oleh { $name } ({ $agency }), { $date }
rec-card-supports = 👍 { $count } dukungan
rec-card-related-task = Tugas SPBE terkait: { $number }. { $title }
rec-card-meeting = Dibahas dalam { $titled ->
        [rapat] { $title }
       *[other] rapat { $title }
    } ({ $when })
rec-card-meeting-ahead = Dijadwalkan dibahas dalam { $titled ->
        [rapat] { $title }
       *[other] rapat { $title }
    } ({ $when })
rec-card-follow-up-task = Ditindaklanjuti dalam Tugas SPBE { $number }. { $title }
rec-card-attachments = Lampiran: { $count }
rec-card-history = <b>Riwayat</b>
rec-history-submitted = diajukan oleh { $who }
rec-history-resubmitted = direvisi dan diajukan ulang oleh { $who }
rec-history-undo = langkah terakhir dibatalkan oleh { $who }; kembali ke { $status }
rec-history-meeting = dijadwalkan dibahas dalam { $titled ->
        [rapat] { $meeting }
       *[other] rapat { $meeting }
    } oleh { $who }
rec-history-task = ditautkan ke Tugas SPBE { $number } oleh { $who }
rec-history-undone = (dibatalkan)
rec-button-support = 👍 Dukung ({ $count })
rec-button-supported = 👍 Didukung ({ $count })
rec-button-follow = 🔔 Ikuti
rec-button-unfollow = 🔕 Berhenti mengikuti
rec-button-attachments = 📎 Lampiran ({ $count })
rec-button-revise = ✏️ Perbaiki dan ajukan ulang
rec-button-meeting = 📅 Bahas dalam rapat
rec-button-link-task = 🔗 Tautkan ke tugas SPBE
rec-button-undo = ↩️ Batalkan langkah terakhir
rec-button-open = Lihat usulan
rec-button-review = 🔎 Tinjau usulan
rec-notice-new =
    🆕 <b>Usulan baru #{ $id }</b> untuk Pokja { $pokja } ({ $category })
    { $title }
    Dari { $name } ({ $agency })
rec-notice-resubmitted =
    🔁 <b>Usulan #{ $id } telah direvisi</b> dan diajukan ulang (Pokja { $pokja }, { $category })
    { $title }
    Dari { $name } ({ $agency })
rec-notice-title = 📋 Usulan #{ $id }: <b>{ $title }</b>
rec-notice-status = Status: { $from } → <b>{ $to }</b>
rec-notice-status-same = Status: <b>{ $status }</b>
rec-notice-undo = Langkah terakhir dibatalkan; status kembali menjadi <b>{ $status }</b>.
rec-notice-comment = Catatan: { $comment }
rec-notice-by = Oleh: { $name }
rec-ask-comment = Status akan menjadi { $status }. Tambahkan catatan untuk pengusul (boleh dilewati):
rec-ask-reason = Status akan menjadi { $status }. Mohon tuliskan alasannya; alasan ini disampaikan kepada pengusul.
rec-button-no-comment = Tanpa catatan ▶️
rec-comment-length = Catatan harus 3 sampai 1.000 karakter.
rec-changed = Usulan #{ $id } kini berstatus { $status }. Pengusul dan pengikutnya telah diberi tahu.
rec-refused-not-found = Usulan tidak ditemukan.
rec-refused-stale = Usulan ini sudah berubah sejak tombol ini dikirim. Silakan buka kartunya kembali.
rec-refused-not-allowed = Langkah ini tidak dapat dilakukan pada status usulan saat ini.
rec-refused-reason-required = Alasan wajib diisi untuk langkah ini.
rec-refused-nothing-to-undo = Tidak ada langkah yang dapat dibatalkan.
rec-refused-not-reviewer = Maaf, usulan ini hanya dapat ditinjau oleh koordinator pokjanya dan admin sekretariat.
rec-undone = Langkah terakhir dibatalkan; status kembali menjadi { $status }.
rec-revise-title =
    ✏️ <b>Revisi usulan #{ $id }</b>
    Catatan peninjau: { $reason }
    Pilih bagian yang ingin diubah, lalu tekan Ajukan ulang.
rec-edit-title = ✏️ Judul
rec-edit-problem = ✏️ Masalah
rec-edit-solution = ✏️ Usulan solusi
rec-edit-benefit = ✏️ Manfaat
rec-button-resubmit = 📤 Ajukan ulang
rec-resubmitted = Usulan #{ $id } telah diajukan ulang. Terima kasih; koordinator pokja telah diberi tahu.
rec-ask-link-task = Ketik nomor atau kata kunci tugas SPBE tempat usulan ini ditindaklanjuti:
rec-linked = Usulan #{ $id } ditautkan ke Tugas SPBE { $number }.
rec-linked-comment = ditindaklanjuti dalam Tugas SPBE { $number }. { $title }
rec-no-meetings = Belum ada rapat pokja ini yang dijadwalkan. Jadwalkan lebih dulu melalui /rapat_baru.
rec-ask-meeting = Usulan #{ $id } dibahas dalam rapat yang mana?
rec-meeting-comment = dijadwalkan dibahas dalam { $titled ->
        [rapat] { $title }
       *[other] rapat { $title }
    } ({ $when })
rec-on-meeting = Usulan #{ $id } dijadwalkan dibahas dalam { $titled ->
        [rapat] <b>{ $title }</b>
       *[other] rapat <b>{ $title }</b>
    } ({ $when }).
rec-not-found = Usulan tidak ditemukan.
rec-followed = Bapak/Ibu kini mengikuti usulan #{ $id }.
rec-unfollowed = Bapak/Ibu berhenti mengikuti usulan #{ $id }.
rec-attachment-caption = Lampiran { $n } dari { $count }, usulan #{ $id }
rec-mine-none = Bapak/Ibu belum pernah mengajukan usulan. Ajukan melalui /usul.
rec-mine-title = <b>Usulan Bapak/Ibu</b> ({ $total })
rec-page = Hal. { $page }/{ $pages } · { $total } usulan
rec-ask-list-pokja = Usulan pokja yang mana?
rec-pokja-not-member = Usulan pokja ini hanya dapat dilihat oleh anggotanya.
rec-list-title = <b>Usulan Pokja { $pokja }</b> ({ $total })
rec-list-filter = Status: { $status } · Kategori: { $category }
rec-list-none = Tidak ada usulan dengan saringan ini.
rec-filter-all = Semua
rec-button-filter-status = Saring status
rec-button-filter-category = Saring kategori
rec-queue-none = Tidak ada usulan yang menunggu tindakan.
rec-queue-title = <b>Usulan menunggu tindakan</b> ({ $total }), yang terlama lebih dulu
rec-queue-meta = Pokja { $pokja } · { $status } · diajukan { $date } · 👍 { $supports }
rec-reviewers-only = Maaf, fitur ini hanya untuk koordinator pokja dan admin sekretariat.
rec-report-ask-period = Rekap usulan untuk periode apa?
rec-period-30 = 30 hari terakhir
rec-period-90 = 90 hari terakhir
rec-period-year = Tahun ini
rec-period-all = Semua waktu
rec-report-title = <b>Rekap usulan</b> ({ $period }): { $total } usulan
rec-report-chart-title = Rekap Usulan Forum Kominfo
rec-report-subtitle = { $period } · { $total } usulan
rec-report-by-status = Menurut status
rec-report-by-category = Menurut kategori
rec-report-by-province = Menurut provinsi
rec-report-empty = Belum ada usulan pada periode ini.
rec-report-more-provinces = … dan { $count } provinsi lain
rec-button-csv = 📥 CSV
rec-button-xlsx = 📥 Excel (XLSX)
rec-export-caption = Rekap usulan ({ $period }), { $total } usulan.
rec-central = Kementerian/Lembaga Pusat
rec-col-id = No. Usulan
rec-col-pokja = Pokja
rec-col-category = Kategori
rec-col-status = Status
rec-col-title = Judul
rec-col-submitter = Pengusul
rec-col-agency = Instansi
rec-col-province = Provinsi
rec-col-supports = Dukungan
rec-col-submitted = Diajukan
rec-col-updated = Diperbarui
rec-col-task = Tugas SPBE Terkait
rec-col-count = Jumlah
rec-col-total = Total
rec-sheet-rows = Usulan
rec-sheet-summary = Ringkasan
