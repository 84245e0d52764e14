meeting-staff-only = Maaf, rapat hanya dapat dijadwalkan oleh koordinator pokja dan admin sekretariat.
meeting-ask-pokja = Rapat untuk pokja mana?
meeting-plenary-button = Rapat pleno forum (semua anggota)
meeting-plenary = Rapat Pleno Forum Kominfo
meeting-of-pokja = Rapat Pokja { $pokja }
meeting-ask-title = Apa judul rapat? (paling banyak { $max } karakter)
meeting-title-length = Judul rapat harus 5 sampai { $max } karakter.
meeting-ask-agenda = Tuliskan agenda rapat (boleh beberapa baris; paling banyak { $max } karakter).
meeting-agenda-length = Agenda harus 5 sampai { $max } karakter.
meeting-ask-when = Kapan rapat dimulai? Contoh: "28/12/2026 09.00", "28 Desember 2026 pukul 09.00", "besok 14.00", atau "Senin 10.00" (zona { $zone }; boleh ditambah WIB/WITA/WIT).
meeting-ask-when-again = Baik, silakan ketik kembali tanggal dan jam rapat.
meeting-when-check = Rapat dimulai <b>{ $when }</b>. Sudah benar?
meeting-button-when-ok = ✅ Benar
meeting-button-when-change = Ubah
meeting-date-format = Tanggal dan jam tidak dikenali. Contoh: 28/12/2026 09.00, 28 Desember 2026 pukul 09.00, besok 14.00, atau Senin 10.00.
meeting-date-impossible = Tanggal atau jam tersebut tidak ada di kalender. Mohon periksa kembali.
meeting-date-past = Waktu tersebut sudah lewat. Mohon pilih waktu yang akan datang.
meeting-date-weekday-mismatch = Nama hari tidak sesuai dengan tanggalnya. Mohon periksa kembali.
meeting-date-too-far = Waktu tersebut terlalu jauh (lebih dari 2 tahun lagi).
meeting-date-no-time = Mohon sertakan jamnya, misalnya "besok 14.00".
meeting-ask-duration = Berapa lama rapat berlangsung? Tekan salah satu tombol, atau tuliskan, misalnya "90 menit", "1,5 jam", atau "2 jam 30 menit".
meeting-duration-hours = { $hours } jam
meeting-ask-place = Di mana rapat diadakan? Tuliskan tempatnya dan/atau tautan rapat daring (Zoom, Meet, atau tautan lain), misalnya "Ruang Rapat Lt. 3 Diskominfo, https://zoom.us/j/123".
meeting-place-too-long = Tempat terlalu panjang (paling banyak 500 karakter).
meeting-link-invalid = Tautan rapat daring tidak valid. Mohon tulis lengkap, misalnya https://meet.google.com/abc-defg-hij.
meeting-ask-reminders = Kapan anggota diingatkan? Tekan untuk memilih, lalu Lanjut.
meeting-reminder-days = { $days } hari sebelumnya
meeting-reminder-hours = { $hours } jam sebelumnya
meeting-reminder-minutes = { $minutes } menit sebelumnya
meeting-button-next = Lanjut ▶️
meeting-summary =
    <b>Jadwalkan rapat ini?</b>
    { $audience }: { $title }
    Waktu: { $when } ({ $duration })
    Tempat/tautan: { $place }
    { $repeat }
    Pengingat: { $reminders }
    Undangan: { $invitees } anggota

    <b>Agenda:</b>
    { $agenda }

    Bila ada yang perlu diubah, tekan tombol ✏️ di bawah.
meeting-button-create = 📅 Jadwalkan dan umumkan
meeting-ics-caption = Berkas kalender rapat. Buka untuk menambahkannya ke kalender Bapak/Ibu.
meeting-created = Rapat telah dijadwalkan dan undangan dikirim kepada { $invited } anggota.
meeting-announcement-title = 📅 <b>Undangan { $audience }</b>
meeting-when = Waktu: { $when } ({ $minutes } menit)
meeting-place = Tempat: { $place }
meeting-link = Tautan: { $url }
meeting-agenda = <b>Agenda:</b>
meeting-rsvp-ask = Mohon konfirmasi kehadiran Bapak/Ibu:
meeting-rsvp-hadir = Akan hadir
meeting-rsvp-tidak-hadir = Tidak hadir
meeting-rsvp-diwakilkan = Diwakilkan
meeting-rsvp-pending = Belum menjawab
meeting-rsvp-saved = Tercatat: { $rsvp }. Terima kasih.
meeting-rsvp-refused-not-found = Rapat ini tidak ditemukan.
meeting-rsvp-refused-cancelled = Rapat ini telah dibatalkan.
meeting-rsvp-refused-over = Rapat ini sudah berlangsung atau selesai.
meeting-rsvp-refused-not-invited = Bapak/Ibu tidak termasuk undangan rapat ini.
meeting-ask-deputy = Siapa nama wakil yang akan hadir menggantikan Bapak/Ibu (beserta jabatannya)?
meeting-deputy-length = Nama wakil harus 3 sampai 100 karakter.
meeting-deputy-saved = Tercatat: Bapak/Ibu diwakili oleh <b>{ $name }</b>. Terima kasih.
meeting-deputy-in-private = Untuk mengirim wakil, mohon jawab melalui percakapan pribadi ini: buka rapatnya lalu tekan "Diwakilkan".
meeting-not-found = Rapat tidak ditemukan.
meeting-none-upcoming = Tidak ada rapat yang akan datang untuk Bapak/Ibu.
meeting-upcoming-title = <b>Rapat yang akan datang</b>
meeting-counts = Akan hadir { $hadir } · diwakilkan { $diwakilkan } · tidak hadir { $tidak_hadir } · belum menjawab { $pending }
meeting-own-rsvp = Jawaban Bapak/Ibu: { $rsvp }
meeting-cancelled-mark = ❌ Dibatalkan: { $reason }
meeting-button-open = Buka rapat
meeting-button-mute = 🔕 Bisukan pengingat rapat ini
meeting-button-unmute = 🔔 Aktifkan pengingat rapat ini
meeting-muted = Pengingat rapat ini dibisukan untuk Bapak/Ibu.
meeting-unmuted = Pengingat rapat ini diaktifkan kembali.
meeting-button-answers = 📋 Daftar jawaban
meeting-button-nudge = 🔔 Ingatkan yang belum menjawab
meeting-answers-title = <b>Jawaban undangan: { $title }</b>
meeting-answers-more = … dan { $count } lainnya.
meeting-nudge = Mohon konfirmasi kehadiran Bapak/Ibu untuk <b>{ $title }</b> ({ $when }).
meeting-nudged = Pengingat dikirim kepada { $count } anggota yang belum menjawab.
meeting-reminder-title = ⏰ Pengingat rapat, { $lead }:
settings-title =
    <b>Pengaturan</b>
    Pengingat rapat: { $reminders }
settings-reminders-on = aktif
settings-reminders-off = dibisukan
settings-button-reminders-off = 🔕 Bisukan semua pengingat rapat
settings-button-reminders-on = 🔔 Aktifkan pengingat rapat
meeting-button-change = ✏️ Ubah atau batalkan rapat
meeting-change-ask = Apa yang ingin diubah pada <b>{ $title }</b>?
meeting-button-reschedule = 🕘 Ubah jadwal
meeting-button-cancel-meeting = ❌ Batalkan rapat
meeting-moved-title = 🕘 <b>Jadwal rapat diubah</b> (sebelumnya { $previous }).
meeting-moved-done = Jadwal diubah; { $invited } undangan diberi tahu dan pengingat disesuaikan.
meeting-ask-cancel-reason = Tuliskan alasan pembatalan. Alasan ini disampaikan kepada semua undangan.
meeting-cancel-reason-length = Alasan harus 5 sampai 300 karakter.
meeting-ics-cancel-caption = Berkas kalender pembatalan: buka untuk menghapus rapat ini dari kalender.
meeting-cancelled-notice =
    ❌ <b>{ $audience } dibatalkan</b>
    { $title } ({ $when })
    Alasan: { $reason }
meeting-cancelled-done = Rapat dibatalkan; { $invited } undangan diberi tahu dan pengingatnya dihentikan.
cmd-rapat_lalu = Rapat yang telah berlangsung: kehadiran dan notulen
meeting-attendance-prompt = 📋 <b>{ $title }</b> telah dimulai. Buka daftar hadir agar peserta dapat menandai kehadirannya.
meeting-button-open-attendance = 📋 Buka daftar hadir
meeting-attendance-opened = Daftar hadir dibuka; peserta diminta menandai kehadirannya.
meeting-attendance-already-open = Daftar hadir sudah dibuka.
meeting-attendance-ask = 📋 Daftar hadir telah dibuka: <b>{ $title }</b>. Bila Bapak/Ibu mengikuti rapat ini, mohon tekan tombol di bawah.
meeting-button-present = ✅ Saya hadir
meeting-present-saved = Kehadiran Bapak/Ibu tercatat. Terima kasih.
meeting-attendance-closed = Daftar hadir rapat ini belum dibuka atau sudah ditutup.
meeting-attendance-title = <b>Daftar hadir: { $title }</b>
    Hadir { $present } dari { $invited } undangan. Tekan nama untuk mengoreksi; bagi yang diwakilkan, tekan namanya bila wakilnya hadir.
meeting-button-attendance-csv = 📥 Unduh daftar hadir (CSV)
meeting-attendance-csv-caption = Daftar hadir: { $title }
meeting-none-past = Belum ada rapat yang telah berlangsung.
meeting-past-title = <b>Rapat yang telah berlangsung</b>
meeting-past-attendance = hadir { $present } dari { $invited }
meeting-past-cancelled = dibatalkan

## Meetings: calendar picker, recurrence, minutes and action items
meeting-button-calendar = 📅 Pilih di kalender
meeting-pick-day = Silakan pilih tanggal rapat:
meeting-pick-time = Tanggal { $date }. Pukul berapa rapat dimulai ({ $zone })? Pilih di bawah, atau ketik jamnya, misalnya 13.30.
meeting-ask-repeat = Apakah rapat ini diadakan berulang?
meeting-button-once = Sekali saja
meeting-button-weekly = 🔁 Setiap minggu
meeting-button-monthly = 🔁 Setiap bulan
meeting-repeat-weekly = setiap minggu
meeting-repeat-monthly = setiap bulan
meeting-ask-until = Rapat diadakan { $frequency } sampai tanggal berapa? Contoh: 31/03/2027 atau 31 Maret 2027.
meeting-until-before-first = Tanggal akhir harus sesudah tanggal rapat pertama.
meeting-until-too-far = Rapat berulang paling lama satu tahun sejak rapat pertama. Mohon pilih tanggal akhir yang lebih dekat.
meeting-until-single = Dalam rentang itu hanya ada satu pertemuan. Mohon pilih tanggal akhir yang lebih jauh, atau ketik /batal lalu jadwalkan sebagai rapat sekali saja.
meeting-repeat-check = 🔁 Rapat akan diadakan { $frequency }, { $count } kali; pertemuan terakhir <b>{ $last }</b>.
meeting-summary-repeat = Berulang: { $frequency }, { $count } kali (terakhir { $last })
meeting-summary-once = Berulang: tidak (sekali saja)
meeting-series-days-off = Perhatian, pertemuan berikut jatuh pada hari libur, cuti bersama, atau akhir pekan. Tekan "Jadwalkan" bila tetap diadakan, atau ubah tanggal atau pengulangannya:
meeting-created-series = Rapat rutin telah dijadwalkan dan undangan dikirim kepada { $invited } anggota.
meeting-series-title = 🔁 <b>Rapat rutin { $frequency }, { $count } kali:</b>
meeting-series-more = … dan { $count } pertemuan berikutnya.
meeting-series-rsvp-note = Jawaban di bawah ini untuk pertemuan pertama. Pertemuan berikutnya dapat dijawab melalui /rapat atau dari pengingatnya.
meeting-ask-scope = Rapat ini bagian dari rapat rutin. Perubahan berlaku untuk:
meeting-button-scope-one = Hanya pertemuan ini
meeting-button-scope-following = Pertemuan ini dan seterusnya ({ $count } pertemuan)
meeting-series-moved-title = 🕘 <b>Jadwal rapat rutin diubah</b>: { $count } pertemuan, mulai pertemuan yang semula { $previous }.
meeting-series-cancelled-notice =
    ❌ <b>{ $audience } dibatalkan: { $count } pertemuan</b>
    { $title }, mulai { $when }
    Alasan: { $reason }
meeting-button-minutes = 📝 Notulen dan tindak lanjut
meeting-button-update-minutes = 📝 Perbarui notulen
meeting-button-view-minutes = 📄 Lihat notulen
meeting-minutes-not-yet = Notulen dapat dibagikan setelah rapat dimulai.
meeting-minutes-ask = 📝 Notulen: <b>{ $title }</b>. Silakan unggah notulen sebagai dokumen (misalnya PDF atau Word; keterangan boleh ditambahkan), atau tuliskan notulennya di sini (paling banyak { $max } karakter).
meeting-minutes-ask-replace = 📝 Notulen untuk <b>{ $title }</b> sudah pernah dibagikan. Notulen yang Bapak/Ibu kirim sekarang menggantikannya dan dikirim ulang kepada undangan; tindak lanjut yang sudah ada tetap berlaku. Silakan unggah dokumen atau tuliskan notulennya (paling banyak { $max } karakter).
meeting-minutes-expected = Mohon unggah notulen sebagai dokumen, atau tuliskan teksnya.
meeting-minutes-photo = Mohon kirim notulen sebagai dokumen (PDF atau Word), bukan foto, agar tetap terbaca utuh. Notulen juga boleh ditulis sebagai teks.
meeting-minutes-length = Notulen yang ditulis harus 10 sampai { $max } karakter. Notulen yang lebih panjang mohon diunggah sebagai dokumen.
meeting-action-ask-any = Apakah ada tindak lanjut (apa, siapa, tenggat) dari rapat ini?
meeting-action-ask-more = Tambah tindak lanjut lain, atau lanjut ke pratinjau?
meeting-action-button-add = ➕ Tambah tindak lanjut
meeting-action-added = Tindak lanjut ke-{ $count } dicatat:
meeting-action-items-title = <b>Tindak lanjut:</b>
meeting-action-ask-what = Apa tindak lanjutnya? (5 sampai 300 karakter)
meeting-action-what-length = Tindak lanjut harus 5 sampai 300 karakter.
meeting-action-ask-who = Siapa penanggung jawabnya? Ketik nama (atau sebagian nama) peserta rapat.
meeting-action-who-length = Nama harus 2 sampai 100 karakter.
meeting-action-pick-owner = Silakan pilih penanggung jawab, atau ketik nama lain untuk mencari lagi:
meeting-action-no-match = Tidak ada peserta undangan rapat bernama itu. Ketik nama lain untuk mencari lagi, atau catat nama ini saja (tanpa pengingat):
meeting-action-button-name-only = ✍️ Catat "{ $name }" saja
meeting-action-ask-due = Kapan tenggatnya? Contoh: 15/01/2027, 15 Januari 2027, atau Jumat depan.
meeting-action-due = tenggat { $date }
meeting-minutes-preview =
    <b>Pratinjau notulen: { $title }</b>
    Akan dikirim kepada { $invited } undangan.
meeting-minutes-preview-file = Dokumen: { $name }
meeting-button-share-minutes = 📤 Bagikan notulen
meeting-minutes-shared = Notulen telah dibagikan kepada { $invited } undangan, { $items ->
        [0] tanpa tindak lanjut.
       *[other] dengan { $items } tindak lanjut.
    }
meeting-minutes-title = 📝 <b>Notulen: { $title }</b>
meeting-minutes-updated-title = 📝 <b>Notulen diperbarui: { $title }</b>
meeting-minutes-file-caption = Notulen: { $title }
meeting-minutes-none = Notulen rapat ini belum dibagikan.
meeting-action-assigned =
    📌 Bapak/Ibu ditunjuk sebagai penanggung jawab tindak lanjut dari <b>{ $title }</b>:
    { $what }
    Tenggat: { $due }
meeting-button-action-done = ✅ Tandai selesai
meeting-action-done = Tindak lanjut ditandai selesai. Terima kasih.
meeting-action-already-done = Tindak lanjut ini sudah ditandai selesai.
meeting-action-not-yours = Maaf, tindak lanjut ini bukan tanggung jawab Bapak/Ibu.
meeting-action-reminder-before =
    ⏰ Pengingat tindak lanjut, tenggat besok ({ $due }):
    { $what }
    Rapat: { $title }
meeting-action-reminder-due =
    ⏰ Tindak lanjut jatuh tempo hari ini ({ $due }):
    { $what }
    Rapat: { $title }
meeting-own-actions-title = <b>Tindak lanjut Bapak/Ibu</b>
meeting-past-minutes = notulen ✓
meeting-past-no-minutes = belum ada notulen

meeting-button-change-place = 📍 Ubah tempat atau tautan
meeting-button-change-text = 📝 Ubah judul atau agenda
meeting-ask-which-text = Ubah judul atau agenda?
meeting-button-title = Judul
meeting-button-agenda = Agenda
meeting-details-changed-title = 📝 <b>Rincian rapat diperbarui.</b>
meeting-series-details-changed-title = 📝 <b>Rincian rapat rutin diperbarui</b> untuk { $count } pertemuan, mulai pertemuan di bawah ini.
meeting-details-changed-done = Rapat diperbarui; { $invited } undangan diberi tahu.
meeting-ics-organizer = Sekretariat Forum Kominfo
meeting-ics-alarm-label = Pengingat
meeting-agenda-recommendations = <b>Usulan yang dibahas:</b>

# Typed durations, the preview's changes, days off.
meeting-duration-format = Lama rapat tidak dikenali. Mohon tuliskan seperti "90 menit", "1,5 jam", atau "2 jam 30 menit", atau tekan salah satu tombol.
meeting-duration-too-short = Lama rapat paling singkat 15 menit.
meeting-duration-too-long = Rapat paling lama 12 jam. Untuk kegiatan beberapa hari, mohon jadwalkan rapat per hari.
meeting-duration-check = Lama rapat: { $duration }.
meeting-duration-label-hours = { $hours } jam
meeting-duration-label-minutes = { $minutes } menit
meeting-duration-label-both = { $hours } jam { $minutes } menit
meeting-summary-no-reminders = tidak ada
meeting-edit-pokja = ✏️ Pokja
meeting-edit-title = ✏️ Judul
meeting-edit-agenda = ✏️ Agenda
meeting-edit-when = ✏️ Tanggal dan jam
meeting-edit-duration = ✏️ Lama rapat
meeting-edit-place = ✏️ Tempat/tautan
meeting-edit-reminders = ✏️ Pengingat
meeting-edit-repeat = ✏️ Pengulangan
meeting-day-off-holiday = { $date } adalah { $name }.
meeting-day-off-saturday = { $date } adalah hari Sabtu.
meeting-day-off-sunday = { $date } adalah hari Minggu.
meeting-button-day-off-keep = Ya, tetap jadwalkan
meeting-button-day-off-other = Pilih tanggal lain

# Reminding those who have not answered (asked first), deputies on the attendance list.
meeting-nudge-none = Semua undangan sudah menjawab; tidak ada yang perlu diingatkan.
meeting-nudge-confirm = Kirim pengingat kepada { $count } anggota yang belum menjawab undangan <b>{ $title }</b>?
meeting-button-nudge-send = 🔔 Ya, kirim ke { $count } anggota
meeting-button-nudge-cancel = Jangan kirim
meeting-nudge-cancelled = Pengingat tidak dikirim.
meeting-attendance-deputy = diwakili oleh { $name }
meeting-attendance-deputies-title = <b>Diwakilkan:</b>
meeting-present-deputy = Bapak/Ibu telah menyatakan akan diwakili. Kehadiran wakil Bapak/Ibu dicatat oleh koordinator rapat.
meeting-day-off-ask = Tetap jadwalkan?
meeting-action-due-moved = { $reason } Tenggat dipindahkan ke hari kerja berikutnya, yaitu { $moved }.
meeting-action-reminder-before-workday =
    ⏰ Pengingat tindak lanjut, tenggat pada hari kerja berikutnya ({ $due }):
    { $what }
    Rapat: { $title }

# Reminders to the pokja's linked groups (the coordinator's choice per meeting).
meeting-ask-group-reminders = Kirim pengingat juga ke grup Telegram Pokja { $pokja }? Di grup, waktunya ditulis dalam WIB, WITA, dan WIT, tanpa tautan rapat daring dan tanpa tombol jawaban.
meeting-button-group-reminders-yes = Ya, kirim juga ke grup
meeting-button-group-reminders-no = Tidak, hanya ke undangan
meeting-summary-group-reminders-on = Pengingat ke grup pokja: ya
meeting-summary-group-reminders-off = Pengingat ke grup pokja: tidak
meeting-edit-group-reminders = ✏️ Pengingat ke grup
meeting-button-group-reminders-on = 👥 Kirim pengingat juga ke grup pokja
meeting-button-group-reminders-off = 👥 Hentikan pengingat ke grup pokja
meeting-group-reminders-set-on = Pengingat rapat ini akan dikirim juga ke grup pokja.
meeting-group-reminders-set-off = Pengingat rapat ini tidak lagi dikirim ke grup pokja.
meeting-group-reminders-unavailable = Pengingat ke grup tidak dapat diatur: rapat sudah dimulai atau dibatalkan, atau pokja belum memiliki grup tertaut.
meeting-link-private = 🔗 Rapat ini juga daring; tautannya dikirim kepada para undangan melalui percakapan pribadi dengan bot.
meeting-group-reminder-note = Para undangan menerima pengingat beserta tautan rapat melalui percakapan pribadi dengan bot.
