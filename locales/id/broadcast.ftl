bc-staff-only = Maaf, siaran hanya dapat dikirim oleh koordinator pokja dan admin sekretariat.
bc-ask-message = Kirim pesan yang akan disiarkan: teks (format tebal, miring, tautan, dan sebagainya tetap dipertahankan), atau foto atau dokumen dengan keterangan.
bc-unsupported = Jenis pesan ini belum dapat disiarkan. Mohon kirim teks, foto, atau dokumen.
bc-ask-audience = Kepada siapa siaran ini dikirim?
bc-audience-all = 👥 Semua anggota forum
bc-audience-pokja-members = Anggota pokja tertentu…
bc-audience-pokja-groups = Grup Telegram pokja tertentu…
bc-audience-province = Anggota dari satu provinsi…
bc-audience-own-members = Anggota Pokja { $pokja }
bc-audience-own-groups = Grup Pokja { $pokja }
bc-audience-own-both = Anggota dan grup Pokja { $pokja }
bc-ask-pokja = Pilih pokja (boleh lebih dari satu), lalu tekan Lanjut:
bc-button-next = Lanjut ▶️
bc-pokja-none-selected = Mohon pilih paling sedikit satu pokja.
bc-ask-province = Ketik nama provinsi, misalnya "jawa timur".
bc-province-none = Provinsi tidak ditemukan. Ketik paling sedikit 3 huruf nama provinsi.
bc-province-pick = Pilih provinsi:
bc-label-all = Semua anggota
bc-label-pokja-members = Anggota Pokja { $pokja }
bc-label-pokja-groups = Grup Pokja { $pokja }
bc-label-pokja-both = Anggota dan grup Pokja { $pokja }
bc-label-province = Anggota dari Provinsi { $province }
bc-ask-mandatory = Apakah ini pengumuman resmi sekretariat? Pengumuman resmi tetap dikirim kepada anggota yang memilih tidak menerima siaran.
bc-button-mandatory = 📌 Pengumuman resmi (wajib diterima)
bc-button-optional = Siaran biasa
bc-no-recipients = Tidak ada penerima untuk pilihan tersebut. Siaran tidak dikirim.
bc-preview-heading = Pratinjau, persis seperti yang akan dilihat penerima:
bc-summary =
    <b>Siaran siap dikirim</b>
    Penerima: { $label }
    Jumlah: { $members } anggota · { $groups } grup
    Jenis: { $kind }
    Waktu: { $when }
bc-kind-mandatory = pengumuman resmi
bc-kind-optional = siaran biasa
bc-when-now = segera
bc-button-send-now = 📨 Kirim sekarang
bc-button-confirm-scheduled = ✅ Jadwalkan
bc-button-schedule = 🕘 Atur waktu kirim
bc-ask-schedule = Ketik waktu pengiriman, misalnya "25/12/2026 09.00" atau "besok 08.00" (zona { $zone }, atau tambahkan WIB/WITA/WIT).
bc-schedule-format = Format waktu tidak dikenali. Contoh: 25/12/2026 09.00, 25 Desember 2026 pukul 09.00, atau besok 08.00.
bc-schedule-impossible = Tanggal atau jam tersebut tidak ada di kalender. Mohon periksa kembali.
bc-schedule-weekday-mismatch = Nama hari tidak sesuai dengan tanggalnya. Mohon periksa kembali.
bc-schedule-too-far = Waktu tersebut terlalu jauh (lebih dari 2 tahun lagi).
bc-schedule-no-time = Mohon sertakan jamnya, misalnya "besok 08.00".
bc-schedule-past = Waktu tersebut sudah lewat. Mohon pilih waktu yang akan datang.
bc-scheduled = 🕘 Siaran dijadwalkan pada { $when } untuk { $total } penerima.
bc-progress = 📨 Terkirim { $sent } dari { $total } · gagal { $failed } · diblokir { $blocked }
bc-button-stop = ⏹ Hentikan pengiriman
bc-button-cancel-scheduled = ✖️ Batalkan siaran
bc-stopped = Pengiriman dihentikan.
bc-already-finished = Siaran ini sudah selesai atau sudah dihentikan.
bc-not-yours = Maaf, hanya pengirim siaran ini dan admin sekretariat yang dapat melakukannya.
bc-report-done = ✅ Siaran selesai: terkirim { $sent } dari { $total } · gagal { $failed } · diblokir { $blocked }
bc-report-stopped = ⏹ Siaran dihentikan: terkirim { $sent } dari { $total } · gagal { $failed } · diblokir { $blocked } · dihentikan { $stopped }
bc-report-in-doubt = Pesan yang mungkin terkirim dua kali karena gangguan: { $doubt }
bc-button-undelivered-csv = 📥 Penerima yang tidak terjangkau (CSV)
bc-button-csv-of = 📥 Tidak terkirim, siaran #{ $id }
bc-csv-stopped = Dihentikan
bc-csv-blocked = Tidak terjangkau (memblokir bot)
bc-csv-failed = Gagal
bc-csv-pending = Belum terkirim
bc-all-delivered = Semua penerima telah menerima siaran ini.
bc-undelivered-caption = Penerima siaran #{ $id } yang tidak terjangkau ({ $count }).
bc-report-none = Belum ada siaran.
bc-report-title = <b>Siaran terakhir</b>
bc-report-line = #{ $id } · { $when } · { $label } · terkirim { $sent }/{ $total } · gagal { $failed } · diblokir { $blocked } · { $state }
bc-state-scheduled = dijadwalkan
bc-state-sending = sedang dikirim
bc-state-done = selesai
bc-state-stopped = dihentikan
bc-header-official = 📌 Pengumuman Resmi Sekretariat Forum Kominfo
bc-header-secretariat = 📣 Siaran Sekretariat Forum Kominfo · { $name }
bc-header-pokja = 📣 Siaran Pokja { $pokja } · { $name } (koordinator)
bc-preview-parts = Dengan kepala siaran, pesan ini melebihi batas Telegram (1.024 karakter untuk keterangan berkas, 4.096 untuk teks), sehingga penerima menerimanya dalam { $parts } pesan seperti di atas.
bc-button-reply = ↩️ Balas ke pengirim
bc-button-answer = ↩️ Jawab melalui bot
bc-snippet-file = berkas tanpa keterangan
bc-reply-ask = Silakan ketik balasan Bapak/Ibu untuk <b>{ $name }</b> (teks saja, paling banyak { $max } karakter). Balasan diteruskan oleh bot beserta nama dan instansi Bapak/Ibu; nomor telepon dan NIP tidak dibagikan. Sisa balasan untuk siaran ini: { $left }.
bc-answer-ask = Silakan ketik jawaban untuk <b>{ $name }</b> (teks saja, paling banyak { $max } karakter). Jawaban diteruskan oleh bot beserta nama dan instansi Bapak/Ibu; nomor telepon dan NIP tidak dibagikan. Sisa jawaban: { $left }.
bc-reply-text-only = Mohon kirim balasan berupa teks, atau tekan Batal.
bc-reply-too-long = Pesan ini { $length } karakter. Mohon persingkat menjadi paling banyak { $max } karakter.
bc-reply-sent = ✅ Balasan Bapak/Ibu untuk <b>{ $name }</b> telah diteruskan.
bc-answer-sent = ✅ Jawaban Bapak/Ibu untuk <b>{ $name }</b> telah diteruskan.
bc-reply-not-found = Maaf, siaran ini tidak ditemukan.
bc-reply-not-recipient = Maaf, balasan hanya dapat dikirim oleh penerima siaran ini.
bc-reply-limit = Bapak/Ibu sudah mengirim { $max } balasan untuk siaran ini. Untuk keperluan lain, mohon hubungi sekretariat.
bc-answer-not-sender = Maaf, hanya pengirim siaran yang dapat menjawab balasan ini.
bc-answer-no-reply = Anggota ini belum membalas siaran tersebut.
bc-answer-limit = Bapak/Ibu sudah mengirim { $max } jawaban kepada anggota ini untuk siaran ini.
bc-reply-received =
    💬 <b>Balasan atas siaran Bapak/Ibu</b>
    Dari: <b>{ $name }</b>, { $agency }
    Siaran: “{ $snippet }”

    { $text }
bc-answer-received =
    💬 <b>Jawaban dari { $name }</b>, { $agency }
    Atas balasan Bapak/Ibu untuk siaran “{ $snippet }”:

    { $text }
bc-limit-reached = Mohon maaf, Bapak/Ibu sudah mengirim { $limit } siaran hari ini, batas harian bagi koordinator pokja. Siaran berikutnya dapat dikirim mulai { $when }. Untuk pengumuman yang mendesak, silakan hubungi sekretariat.
