pokja-list-title = <b>Kelompok Kerja (Pokja) Forum Kominfo</b>
pokja-list-entry =
    <b>{ $name }</b> · { $mode } · { $members } anggota
    { $description }
    Status Bapak/Ibu: { $status }
pokja-list-empty = Belum ada pokja yang aktif.
pokja-mode-open = terbuka
pokja-mode-moderated = dengan persetujuan koordinator
pokja-my-status-member = anggota ✅
pokja-my-status-requested = menunggu persetujuan koordinator ⏳
pokja-my-status-none = belum bergabung
pokja-button-join = Gabung
pokja-button-request = Ajukan bergabung
pokja-button-leave = Keluar
pokja-button-cancel-request = Batalkan permintaan
pokja-button-create = ➕ Tambah pokja
pokja-button-back = « Kembali
pokja-button-directory = 👥 Daftar anggota
pokja-button-requests = 📨 Permintaan ({ $count })
pokja-button-rename = Ubah nama
pokja-button-describe = Ubah deskripsi
pokja-button-make-moderated = Wajibkan persetujuan
pokja-button-make-open = Jadikan terbuka
pokja-button-remove-on-leave = 🚪 Keluarkan dari grup saat keluar pokja
pokja-button-keep-on-leave = 👥 Biarkan di grup saat keluar pokja
pokja-button-coordinators = ⭐ Koordinator
pokja-button-retire = 🗄 Nonaktifkan pokja
pokja-button-retire-yes = Ya, nonaktifkan
pokja-button-leave-yes = Ya, keluar
pokja-button-cancel-yes = Ya, batalkan
pokja-button-leave-no = Tidak
pokja-button-accept = ✅ Terima
pokja-button-decline = ❌ Tolak
pokja-button-add-coordinator = ➕ Tambah koordinator
pokja-button-open-page = Buka halaman pokja
pokja-page-mode = Cara bergabung: { $mode }
pokja-page-members = Anggota: { $count }
pokja-page-coordinators = Koordinator: { $names }
pokja-page-groups = Grup Telegram: { $groups }
pokja-page-my-status = Status Bapak/Ibu: { $status }
pokja-page-requests = Permintaan bergabung menunggu: { $count }
pokja-page-remove-on-leave = Anggota yang keluar dari pokja: juga dikeluarkan dari grup Telegram pokja
pokja-page-keep-on-leave = Anggota yang keluar dari pokja: tetap berada di grup Telegram pokja
pokja-none-yet = belum ada
pokja-gone = Pokja ini tidak ditemukan atau sudah dinonaktifkan.
pokja-register-first = Silakan lengkapi pendaftaran Bapak/Ibu dengan /daftar sebelum bergabung dengan pokja.
pokja-joined = Bapak/Ibu kini menjadi anggota Pokja { $pokja }.
pokja-requested = Permintaan bergabung dengan Pokja { $pokja } telah dikirim kepada koordinator. Kami akan mengabari Bapak/Ibu.
pokja-join-refused-not-found = Pokja ini tidak ditemukan.
pokja-join-refused-retired = Pokja ini sudah dinonaktifkan.
pokja-join-refused-already-member = Bapak/Ibu sudah menjadi anggota pokja ini.
pokja-join-refused-already-requested = Permintaan Bapak/Ibu untuk pokja ini masih menunggu persetujuan.
pokja-join-refused-not-approved = Hanya anggota forum yang sudah disetujui yang dapat bergabung dengan pokja.
pokja-not-member = Bapak/Ibu bukan anggota pokja ini.
pokja-leave-confirm = Apakah Bapak/Ibu yakin ingin keluar dari <b>Pokja { $pokja }</b>?
pokja-leave-confirm-coordinator = Bapak/Ibu adalah koordinator <b>Pokja { $pokja }</b>. Bila keluar, Bapak/Ibu juga berhenti sebagai koordinatornya. Lanjutkan?
pokja-cancel-confirm = Batalkan permintaan bergabung dengan <b>Pokja { $pokja }</b>?
pokja-left = Bapak/Ibu telah keluar dari Pokja { $pokja }.
pokja-left-groups = Bapak/Ibu telah keluar dari Pokja { $pokja } dan dari grup Telegram pokja tersebut.
pokja-left-not-removed = { $name } telah keluar dari <b>Pokja { $pokja }</b>. Sesuai pengaturan pokja, yang bersangkutan seharusnya juga dikeluarkan dari grup Telegram pokja, tetapi bot belum dapat melakukannya:
pokja-staff-only = Maaf, fitur ini hanya untuk koordinator pokja tersebut dan admin sekretariat.
pokja-requests-empty = Tidak ada permintaan bergabung yang menunggu untuk Pokja { $pokja }.
pokja-requests-title = <b>Permintaan bergabung Pokja { $pokja } ({ $count })</b>
pokja-request-handled = Permintaan ini sudah diproses sebelumnya.
pokja-request-accepted = Permintaan diterima.
pokja-request-declined = Permintaan ditolak.
pokja-request-accepted-note = ✅ Diterima oleh { $by }: { $name } bergabung dengan Pokja { $pokja }.
pokja-request-declined-note = ❌ Ditolak oleh { $by }: permintaan { $name } untuk bergabung dengan Pokja { $pokja }.
pokja-notify-request =
    📨 <b>Permintaan bergabung Pokja { $pokja }</b>

    { $name }
    { $position }, { $agency }
pokja-notify-accepted = Permintaan Bapak/Ibu { $name } untuk bergabung dengan <b>Pokja { $pokja }</b> telah diterima. Selamat bergabung!
pokja-notify-declined = Mohon maaf, permintaan Bapak/Ibu { $name } untuk bergabung dengan <b>Pokja { $pokja }</b> belum dapat diterima. Silakan hubungi koordinator pokja untuk informasi lebih lanjut.
pokja-notify-coordinator-assigned = Bapak/Ibu { $name } kini menjadi <b>koordinator Pokja { $pokja }</b>. Gunakan /pokja dan /anggota untuk mengelola anggota, serta /hubungkan di grup Telegram pokja.
pokja-notify-coordinator-removed = Bapak/Ibu { $name } tidak lagi menjadi koordinator <b>Pokja { $pokja }</b>. Terima kasih atas kontribusinya.
pokja-ask-name = Ketik nama pokja (paling banyak { $max } karakter), misalnya "Keamanan Informasi".
pokja-ask-description = Ketik deskripsi singkat pokja (paling banyak { $max } karakter).
pokja-ask-mode = Bagaimana anggota bergabung dengan pokja ini?
pokja-field-length = Mohon tuliskan { $min } sampai { $max } karakter.
pokja-created = Pokja <b>{ $name }</b> telah dibuat.
pokja-updated = Pokja telah diperbarui: <b>{ $name }</b>.
pokja-name-taken = Sudah ada pokja aktif bernama <b>{ $name }</b>. Silakan pilih nama lain.
pokja-now-moderated = Bergabung kini memerlukan persetujuan koordinator.
pokja-now-open = Pokja kini terbuka: anggota dapat langsung bergabung.
pokja-now-remove-on-leave = Anggota yang keluar dari pokja kini juga dikeluarkan dari grup Telegram pokja.
pokja-now-keep-on-leave = Anggota yang keluar dari pokja kini tetap berada di grup Telegram pokja.
pokja-retire-confirm = Nonaktifkan <b>Pokja { $pokja }</b>? Pokja tidak lagi tampil dan tidak menerima anggota baru; riwayat keanggotaannya tetap tersimpan.
pokja-retired = Pokja { $pokja } telah dinonaktifkan.
pokja-coordinators-title = <b>Koordinator Pokja { $pokja }</b>
pokja-coordinators-hint = Tekan nama untuk memberhentikan koordinator, atau tambah koordinator baru.
pokja-ask-coordinator = Ketik nama, instansi, atau NIP anggota yang akan dijadikan koordinator.
pokja-coordinator-none = Tidak ada anggota aktif yang cocok dengan "<i>{ $query }</i>". Silakan coba kata lain.
pokja-coordinator-pick = Pilih anggota yang akan dijadikan koordinator:
pokja-coordinator-assigned = { $name } kini menjadi koordinator Pokja { $pokja }.
pokja-coordinator-removed = { $name } tidak lagi menjadi koordinator Pokja { $pokja }.
pokja-coordinator-refused-not-found = Anggota atau pokja tidak ditemukan.
pokja-coordinator-refused-not-approved = Hanya anggota aktif yang dapat menjadi koordinator.
pokja-coordinator-refused-unchanged = Tidak ada perubahan: sudah demikian.
pokja-coordinates-of = Pokja yang dikoordinasikan oleh <b>{ $name }</b> (tekan untuk mengubah):

## Daftar anggota pokja
directory-title = <b>Anggota Pokja { $pokja }</b> ({ $count } orang)
directory-empty = Belum ada anggota.
directory-central = Instansi pusat
directory-button-by-province = Kelompokkan per provinsi
directory-button-by-name = Urutkan per nama
directory-button-csv = 📥 Unduh CSV
directory-choose = Pilih pokja:
directory-csv-preparing = Menyiapkan berkas CSV…
directory-csv-caption = Daftar anggota Pokja { $pokja } ({ $count } orang).
directory-counts-title = <b>Jumlah anggota pokja</b>
directory-count-line = Pokja { $pokja }: { $count } anggota
directory-counts-note = Daftar nama anggota hanya dapat dilihat oleh koordinator pokja dan sekretariat.

## Grup Telegram pokja
group-hello =
    Terima kasih telah menambahkan <b>Forum Kominfo Bot</b> ke grup ini.

    Admin grup yang juga admin sekretariat atau koordinator pokja dapat menghubungkan grup ini dengan pokjanya melalui /hubungkan. Agar bot dapat menyetujui permintaan bergabung dan membuat tautan undangan, jadikan bot admin grup dengan hak "Undang pengguna melalui tautan".

    Di grup, bot hanya menanggapi perintahnya sendiri.
group-choose-pokja = Pilih pokja yang akan dihubungkan dengan grup ini:
group-already-linked = Grup ini sudah terhubung dengan <b>Pokja { $pokja }</b>. Satu grup hanya untuk satu pokja; gunakan /putuskan terlebih dahulu bila ingin memindahkannya.
group-linked = ✅ { $by } menghubungkan grup ini dengan <b>Pokja { $pokja }</b>.
group-needs-rights = ⚠️ Bot belum menjadi admin dengan hak "Undang pengguna melalui tautan". Tanpa hak itu bot tidak dapat menyetujui permintaan bergabung maupun membuat tautan undangan.
group-not-linked = Grup ini belum terhubung dengan pokja mana pun.
group-unlinked = Grup ini tidak lagi terhubung dengan <b>Pokja { $pokja }</b>.
group-unlinked-removed = Bot dikeluarkan dari grup <b>{ $title }</b>, sehingga grup itu tidak lagi terhubung dengan Pokja { $pokja }.
group-not-group-admin = Maaf, hanya admin grup ini yang dapat menghubungkan atau memutuskan grup dengan pokja.
group-not-coordinator = Maaf, hanya admin sekretariat atau koordinator pokja yang dapat menghubungkan grup dengan pokja.
group-not-coordinator-of = Maaf, hanya admin sekretariat atau koordinator pokja tersebut yang dapat melakukannya.
group-join-declined-unregistered = Permintaan Bapak/Ibu bergabung dengan grup <b>{ $title }</b> belum dapat disetujui karena grup ini khusus anggota Pokja { $pokja } Forum Kominfo. Silakan mendaftar dengan /daftar, lalu bergabung dengan pokja melalui /pokja, kemudian ajukan kembali permintaan bergabung.
group-join-declined-not-approved = Permintaan Bapak/Ibu bergabung dengan grup <b>{ $title }</b> belum dapat disetujui karena pendaftaran Bapak/Ibu di Forum Kominfo belum aktif. Silakan cek status dengan /start.
group-join-declined-not-member = Permintaan Bapak/Ibu bergabung dengan grup <b>{ $title }</b> belum dapat disetujui karena grup ini khusus anggota Pokja { $pokja }. Silakan bergabung dengan pokja melalui /pokja, kemudian ajukan kembali permintaan bergabung.
group-join-needs-rights = ⚠️ Ada permintaan bergabung ke grup <b>{ $title }</b> (Pokja { $pokja }), tetapi bot belum menjadi admin dengan hak "Undang pengguna melalui tautan" sehingga tidak dapat memprosesnya.
group-removal-removed = { $name } telah dikeluarkan dari grup Telegram { $groups }. Yang bersangkutan dapat diundang kembali bila diperlukan.
group-removal-no-rights = ⚠️ Bot tidak dapat mengeluarkan { $name } dari grup { $groups } karena bot belum menjadi admin grup dengan hak "Blokir pengguna". Mohon keluarkan secara manual, atau berikan hak tersebut kepada bot.
group-removal-owner = ⚠️ { $name } adalah pemilik grup { $groups }, sehingga bot tidak dapat mengeluarkannya. Mohon alihkan kepemilikan grup atau minta yang bersangkutan keluar.
group-removal-failed = ⚠️ Bot belum berhasil mengeluarkan { $name } dari grup { $groups } karena Telegram menolak atau tidak menanggapi permintaan tersebut. Mohon periksa dan keluarkan secara manual.
group-invite-staff-only = Maaf, tautan undangan grup pokja hanya dapat dibuat oleh koordinator pokja dan admin sekretariat.
group-invite-choose = Pilih grup yang tautan undangannya akan dibuat:
group-invite-no-groups = Belum ada grup Telegram yang terhubung dengan pokja Bapak/Ibu. Tambahkan bot ke grup pokja, lalu jalankan /hubungkan di grup itu.
group-invite-link =
    Tautan undangan grup <b>{ $title }</b> (Pokja { $pokja }):
    { $link }

    Yang membuka tautan ini mengajukan permintaan bergabung; bot menyetujui anggota Pokja { $pokja } secara otomatis dan menolak yang lain dengan penjelasan.
group-invite-needs-rights = Bot tidak dapat membuat tautan undangan untuk grup <b>{ $title }</b> karena belum menjadi admin dengan hak "Undang pengguna melalui tautan". Mohon minta admin grup memberikan hak tersebut kepada bot.
group-unlink-confirm = Putuskan grup ini dari <b>Pokja { $pokja }</b>? Setelah diputuskan, undangan dan pemberitahuan rapat pokja tidak lagi dikirim ke grup ini dan bot tidak lagi memproses permintaan bergabung.
group-unlink-button-confirm = Ya, putuskan
group-unlink-button-cancel = Batal
group-unlink-kept = Grup ini tetap terhubung dengan <b>Pokja { $pokja }</b>.
group-unlink-stale = Pertanyaan ini sudah tidak berlaku karena hubungan grup telah berubah. Silakan ketik /putuskan kembali bila masih diperlukan.

## What a pokja's group is shown
group-button-private = 💬 Buka percakapan pribadi
group-how-to-link =
    Grup ini belum terhubung dengan pokja mana pun, sehingga bot belum dapat menampilkan rapat dan tugas pokja di sini.

    Untuk menghubungkannya, admin grup yang juga koordinator pokja atau admin sekretariat mengetik /hubungkan di grup ini, lalu memilih pokjanya.
group-help =
    <b>Forum Kominfo Bot di grup Pokja { $pokja }</b>

    Di grup ini Bapak/Ibu dapat menggunakan:
    /rapat — rapat Pokja { $pokja } yang akan datang (waktu dalam WIB, WITA, dan WIT)
    /tugas — ringkasan dan grafik tugas SPBE Pokja { $pokja }
    /bantuan — penjelasan ini

    Koordinator pokja juga dapat menggunakan /undangan (tautan undangan grup) dan /putuskan (memutus grup dari pokja).

    Hal yang bersifat pribadi, seperti profil, usulan, jawaban kehadiran rapat, dan menu utama, dilayani di percakapan pribadi dengan bot. Silakan tekan tombol di bawah ini.
group-meetings-title = <b>Rapat Pokja { $pokja } yang akan datang</b>
group-meetings-none = Belum ada rapat Pokja { $pokja } yang dijadwalkan.
group-meeting-item =
    { $number }. <b>{ $title }</b>
    🕘 { $when }
group-meeting-place = 📍 { $place }
group-meeting-online = 🔗 Daring: tautan rapat dikirim kepada anggota yang diundang melalui percakapan pribadi.
group-meetings-private = Jawaban kehadiran, agenda lengkap, dan berkas kalender tersedia di percakapan pribadi dengan bot.
group-tasks-title = <b>Tugas SPBE Pokja { $pokja }</b> (per { $date })
group-tasks-chart-title = Tugas SPBE Pokja { $pokja }
group-tasks-none = Belum ada tugas SPBE yang ditangani Pokja { $pokja }.
group-tasks-private = Daftar tugas, pencarian, dan pembaruan progres tersedia di percakapan pribadi dengan bot.
