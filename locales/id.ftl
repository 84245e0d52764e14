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
fallback-private = Mohon maaf, pesan tersebut belum dapat kami proses. Ketik /bantuan untuk melihat perintah yang tersedia.

## Alur bertahap
flow-cancelled = Baik, proses dibatalkan. Tidak ada data yang diubah.
flow-busy = Bapak/Ibu masih berada dalam proses lain. Selesaikan dahulu, atau ketik /batal untuk membatalkannya.
flow-nothing-to-cancel = Tidak ada proses yang sedang berjalan.
flow-command-during-flow = Bapak/Ibu sedang mengisi formulir. Silakan jawab pertanyaan terakhir di atas, atau ketik /batal untuk membatalkan.
flow-text-expected = Mohon jawab dengan pesan teks.
flow-button-expected = Mohon pilih salah satu tombol pada pesan di atas.

## Status dan peran
status-pending = menunggu persetujuan
status-approved = aktif
status-rejected = ditolak
status-suspended = ditangguhkan
role-member = Anggota
role-coordinator = Koordinator pokja
role-admin = Admin sekretariat
timezone-wib = WIB (Waktu Indonesia Barat)
timezone-wita = WITA (Waktu Indonesia Tengah)
timezone-wit = WIT (Waktu Indonesia Timur)

## Perintah
cmd-start = Mulai dan lihat status keanggotaan
cmd-daftar = Daftar sebagai anggota Forum Kominfo
cmd-profil = Lihat dan perbaiki profil
cmd-bantuan = Bantuan dan daftar perintah
cmd-batal = Batalkan proses yang sedang berjalan
cmd-admin = Menu sekretariat (admin)
help-title = <b>Perintah yang dapat Bapak/Ibu gunakan:</b>

## /start
start-unregistered =
    Selamat datang di <b>Forum Kominfo Bot</b>, Bapak/Ibu { $name }.

    Bot ini menghubungkan Kementerian Kominfo dan Dinas Kominfo provinsi serta kabupaten/kota dalam koordinasi SPBE: pokja, rapat, usulan, dan perkembangan tugas nasional SPBE.

    Bapak/Ibu belum terdaftar. Silakan mendaftar sebagai anggota forum; pendaftaran akan diverifikasi oleh sekretariat.
start-configured-admin =
    Selamat datang, Bapak/Ibu { $name }. Bapak/Ibu tercatat sebagai <b>admin sekretariat</b> dalam konfigurasi bot.

    Gunakan /admin untuk meninjau pendaftaran. Silakan lengkapi profil Bapak/Ibu melalui pendaftaran agar nama dan instansi tercatat.
start-button-register = 📝 Daftar sekarang
start-button-register-again = 📝 Daftar ulang
start-pending =
    Selamat datang kembali, Bapak/Ibu { $name }.

    Pendaftaran Bapak/Ibu sedang <b>menunggu persetujuan</b> sekretariat (diajukan { $since }). Kami akan mengabari Bapak/Ibu di sini setelah ditinjau.
start-rejected =
    Bapak/Ibu { $name }, pendaftaran sebelumnya <b>tidak disetujui</b>.
    Alasan: { $reason }

    Bapak/Ibu dapat mendaftar ulang dengan data yang diperbaiki.
start-suspended =
    Bapak/Ibu { $name }, keanggotaan Bapak/Ibu sedang <b>ditangguhkan</b>.
    Alasan: { $reason }

    Silakan hubungi sekretariat Forum Kominfo untuk informasi lebih lanjut.
start-approved = Selamat datang kembali, Bapak/Ibu <b>{ $name }</b>!
    Status: anggota aktif ({ $role }).

## Akses
access-unregistered = Bapak/Ibu belum terdaftar sebagai anggota Forum Kominfo. Silakan mendaftar dengan /daftar.
access-pending = Pendaftaran Bapak/Ibu masih menunggu persetujuan sekretariat (diajukan { $since }). Fitur ini dapat digunakan setelah pendaftaran disetujui.
access-rejected = Pendaftaran Bapak/Ibu tidak disetujui (alasan: { $reason }). Bapak/Ibu dapat mendaftar ulang dengan /daftar.
access-suspended = Keanggotaan Bapak/Ibu sedang ditangguhkan (alasan: { $reason }). Silakan hubungi sekretariat Forum Kominfo.
access-admin-only = Maaf, fitur ini hanya untuk admin sekretariat Forum Kominfo.

## Pendaftaran
reg-intro = Terima kasih atas minat Bapak/Ibu bergabung dengan Forum Kominfo. Pendaftaran terdiri atas beberapa pertanyaan singkat. Ketik /batal kapan saja untuk membatalkan.
reg-ask-name = 1/5 · Siapa nama lengkap Bapak/Ibu (beserta gelar, bila ada)?
reg-name-too-short = Nama terlalu pendek. Mohon tuliskan nama lengkap Bapak/Ibu.
reg-name-too-long = Nama terlalu panjang (paling banyak 100 karakter). Mohon tuliskan kembali.
reg-name-invalid-characters = Nama hanya boleh berisi huruf, spasi, titik, koma, tanda petik, tanda hubung, dan tanda kurung. Mohon tuliskan kembali.
reg-ask-agency = 2/5 · Dari instansi mana Bapak/Ibu? Ketik sebagian nama daerah atau unit, misalnya "surabaya", "jawa timur", atau "aptika".
reg-agency-query-too-short = Mohon ketik paling sedikit 3 huruf nama daerah atau unit, misalnya "surabaya".
reg-agency-query-too-long = Kata pencarian terlalu panjang (paling banyak { $max } karakter). Cukup ketik nama daerahnya, misalnya "surabaya".
reg-agency-none = Tidak ada instansi yang cocok dengan "<i>{ $query }</i>". Silakan coba kata lain, misalnya nama kabupaten/kota atau provinsi.
reg-agency-results = Ditemukan { $count } instansi untuk "<i>{ $query }</i>". Silakan pilih instansi Bapak/Ibu, atau ketik kata lain untuk mencari ulang:
reg-agency-chosen = Instansi: <b>{ $agency }</b>
reg-agency-gone = Instansi tersebut tidak ditemukan. Silakan cari kembali.
reg-ask-position = 3/5 · Apa jabatan Bapak/Ibu? Contoh: Kepala Bidang Aplikasi Informatika.
reg-position-too-short = Jabatan terlalu pendek. Mohon tuliskan jabatan Bapak/Ibu.
reg-position-too-long = Jabatan terlalu panjang (paling banyak 100 karakter). Mohon disingkat.
reg-ask-nip = 4/5 · Mohon ketik NIP Bapak/Ibu (18 angka, boleh dengan spasi). NIP bersifat opsional; tekan Lewati bila tidak ingin mengisinya.
reg-nip-invalid-format = NIP hanya berisi angka (spasi, titik, atau tanda hubung boleh dipakai sebagai pemisah). Mohon periksa kembali.
reg-nip-invalid-length = NIP terdiri atas 18 angka. Mohon periksa kembali.
reg-nip-invalid-birth-date = Delapan angka pertama NIP (tanggal lahir) tidak valid. Mohon periksa kembali.
reg-nip-invalid-tmt = Angka ke-9 sampai ke-14 NIP (tahun dan bulan pengangkatan) tidak valid. Mohon periksa kembali.
reg-nip-invalid-gender = Angka ke-15 NIP (jenis kelamin) harus 1 atau 2. Mohon periksa kembali.
reg-nip-invalid-serial = Tiga angka terakhir NIP (nomor urut) tidak valid. Mohon periksa kembali.
reg-ask-phone = 5/5 · Bila berkenan, bagikan nomor telepon Bapak/Ibu dengan tombol di bawah agar sekretariat dapat menghubungi. Nomor ini opsional; tekan Lewati bila tidak ingin membagikannya.
reg-phone-use-button = Mohon gunakan tombol "Bagikan nomor telepon saya" atau "Lewati" di bawah.
reg-phone-not-own = Mohon bagikan nomor telepon Bapak/Ibu sendiri dengan tombol di bawah, bukan kontak orang lain.
reg-phone-saved = Terima kasih, nomor telepon sudah dicatat.
reg-phone-skipped = Baik, nomor telepon tidak diisi.
reg-consent =
    <b>Persetujuan pemrosesan data pribadi</b> (UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi)

    Data yang kami simpan: nama lengkap, instansi, jabatan, NIP dan nomor telepon (bila diisi), serta ID dan nama pengguna Telegram Bapak/Ibu.

    Tujuannya: verifikasi keanggotaan Forum Kominfo, koordinasi pokja, undangan rapat, dan komunikasi resmi forum.

    Yang dapat melihatnya: sekretariat forum melihat seluruh data; koordinator pokja melihat nama, jabatan, dan instansi anggota pokjanya. NIP dan nomor telepon tidak ditampilkan kepada anggota lain.

    Bapak/Ibu dapat melihat dan memperbaiki data kapan saja melalui /profil, dan dapat meminta penghapusan data kepada sekretariat. Data disimpan selama Bapak/Ibu menjadi anggota forum.

    Apakah Bapak/Ibu menyetujui pemrosesan data tersebut?
reg-button-consent-yes = ✅ Saya setuju
reg-button-consent-no = Tidak setuju
reg-consent-declined = Baik, pendaftaran tidak dilanjutkan dan data Bapak/Ibu tidak disimpan. Bapak/Ibu dapat mendaftar kembali kapan saja dengan /daftar.
reg-summary =
    <b>Mohon periksa kembali data pendaftaran:</b>

    Nama: { $name }
    Instansi: { $agency }
    Jabatan: { $position }
    NIP: { $nip }
    Telepon: { $phone }

    Bila sudah benar, tekan "Kirim pendaftaran".
reg-button-submit = 📨 Kirim pendaftaran
reg-button-edit-name = Ubah nama
reg-button-edit-agency = Ubah instansi
reg-button-edit-position = Ubah jabatan
reg-button-edit-nip = Ubah NIP
reg-button-edit-phone = Ubah telepon
reg-cancelled = Pendaftaran dibatalkan. Data Bapak/Ibu tidak disimpan.
reg-done = Terima kasih, pendaftaran Bapak/Ibu telah kami terima dan sedang menunggu persetujuan sekretariat Forum Kominfo. Kami akan mengabari Bapak/Ibu di sini.
reg-done-admin = Terima kasih, profil Bapak/Ibu telah tercatat. Bapak/Ibu terdaftar sebagai admin sekretariat.
reg-save-failed = Maaf, pendaftaran belum dapat disimpan karena gangguan sistem. Data yang sudah Bapak/Ibu isi tetap ada; silakan tekan "Kirim pendaftaran" kembali beberapa saat lagi.
reg-already-registered = Bapak/Ibu sudah terdaftar. Lihat status Bapak/Ibu dengan /start atau /profil.
reg-already-member = Bapak/Ibu sudah terdaftar sebagai anggota aktif Forum Kominfo. Data dapat diperbaiki melalui /profil.

## Kartu anggota
card-name = <b>Nama:</b> { $value }
card-agency = <b>Instansi:</b> { $value }
card-position = <b>Jabatan:</b> { $value }
card-nip = <b>NIP:</b> { $value }
card-phone = <b>Telepon:</b> { $value }
card-username = <b>Telegram:</b> @{ $value }
card-status = <b>Status:</b> { $value }
card-role = <b>Peran:</b> { $value }
card-timezone = <b>Zona waktu:</b> { $value }
card-registered-at = <b>Terdaftar:</b> { $value }
card-rejection-reason = <b>Alasan penolakan:</b> { $value }
card-suspension-reason = <b>Alasan penangguhan:</b> { $value }

## Profil
profile-title = <b>Profil Bapak/Ibu</b>
profile-none = Bapak/Ibu belum terdaftar. Silakan mendaftar dengan /daftar.
profile-button-name = Ubah nama
profile-button-position = Ubah jabatan
profile-button-agency = Ubah instansi
profile-button-nip = Ubah NIP
profile-button-phone = Ubah telepon
profile-button-timezone = 🕘 Zona waktu
profile-button-language = 🌐 Bahasa / Language
profile-choose-timezone = Pilih zona waktu Bapak/Ibu. Jadwal rapat dan pengingat akan ditampilkan dalam zona ini.
profile-timezone-saved = Zona waktu disimpan: { $zone }.
profile-choose-language = Pilih bahasa / Choose your language:
profile-language-saved = Bahasa disimpan: Bahasa Indonesia.
profile-saved = Profil Bapak/Ibu telah diperbarui. Lihat hasilnya dengan /profil.
profile-unchanged = Data tersebut sama dengan yang sudah tercatat; tidak ada yang diubah.

## Pemberitahuan kepada anggota
member-approved = Selamat, Bapak/Ibu { $name }! Pendaftaran Bapak/Ibu sebagai anggota Forum Kominfo telah <b>disetujui</b>. Ketik /bantuan untuk melihat fitur yang tersedia.
member-rejected =
    Bapak/Ibu { $name }, mohon maaf, pendaftaran Bapak/Ibu <b>belum dapat disetujui</b>.
    Alasan: { $reason }

    Bapak/Ibu dapat mendaftar ulang dengan /daftar setelah memperbaiki data.
member-role-changed = Bapak/Ibu { $name }, peran Bapak/Ibu di Forum Kominfo kini: <b>{ $role }</b>.
member-suspended =
    Bapak/Ibu { $name }, keanggotaan Bapak/Ibu di Forum Kominfo <b>ditangguhkan</b>.
    Alasan: { $reason }

    Silakan hubungi sekretariat untuk informasi lebih lanjut.
member-reinstated = Bapak/Ibu { $name }, keanggotaan Bapak/Ibu di Forum Kominfo telah <b>dipulihkan</b>. Selamat bergabung kembali.

## Admin
admin-new-registration = 🆕 <b>Pendaftaran baru menunggu persetujuan</b>
admin-button-approve = ✅ Setujui
admin-button-reject = ❌ Tolak
admin-button-detail = Detail
admin-button-pending = 📋 Pendaftaran menunggu ({ $count })
admin-button-search = 🔎 Cari anggota
admin-button-role-member = Jadikan anggota
admin-button-role-admin = Jadikan admin
admin-button-suspend = ⛔ Tangguhkan
admin-button-reinstate = ♻️ Pulihkan
admin-menu =
    <b>Menu sekretariat Forum Kominfo</b>

    Menunggu persetujuan: { $pending }
    Anggota aktif: { $approved }
    Ditolak: { $rejected }
    Ditangguhkan: { $suspended }
admin-pending-empty = Tidak ada pendaftaran yang menunggu persetujuan.
admin-pending-title = <b>Pendaftaran menunggu persetujuan ({ $count })</b>
admin-pending-entry =
    { $n }. <b>{ $name }</b>
       { $position }, { $agency }
       Diajukan { $since }
admin-approved-toast = Pendaftaran disetujui.
admin-approved-note = ✅ <b>{ $name }</b> disetujui oleh { $reviewer } pada { $at }.
admin-already-reviewed = Pendaftaran { $name } sudah diproses sebelumnya (status: { $status }, oleh { $reviewer }).
admin-already-reviewed-generic = Pendaftaran ini sudah diproses sebelumnya atau tidak ditemukan.
admin-reviewer-secretariat = sekretariat
admin-member-not-found = Data anggota tidak ditemukan.
admin-ask-reject-reason = Tuliskan alasan penolakan pendaftaran <b>{ $name }</b>. Alasan ini akan disampaikan kepada pendaftar.
admin-ask-suspend-reason = Tuliskan alasan penangguhan keanggotaan <b>{ $name }</b>. Alasan ini akan disampaikan kepada anggota tersebut.
admin-reason-length = Alasan harus terdiri atas { $min } sampai { $max } karakter. Mohon tuliskan kembali.
admin-rejected-done = Pendaftaran <b>{ $name }</b> ditolak. Alasan yang disampaikan: { $reason }
admin-suspended-done = Keanggotaan <b>{ $name }</b> ditangguhkan. Yang bersangkutan telah diberi tahu.
admin-cannot-suspend = Hanya anggota aktif yang dapat ditangguhkan.
admin-reinstated-toast = Keanggotaan dipulihkan.
admin-role-changed-toast = Peran diubah menjadi { $role }.
admin-change-refused-not-found = Data anggota tidak ditemukan.
admin-change-refused-not-approved = Perubahan ini hanya dapat dilakukan untuk anggota aktif.
admin-change-refused-unchanged = Tidak ada perubahan: data sudah seperti itu.
admin-change-refused-self = Demi keamanan, admin tidak dapat mengubah peran atau status dirinya sendiri.
admin-change-refused-configured-admin = Anggota ini ditetapkan sebagai admin dalam konfigurasi bot (ADMIN_TELEGRAM_IDS); perannya hanya dapat diubah di konfigurasi.
admin-change-refused-last-admin = Anggota ini adalah admin terakhir; tetapkan admin lain terlebih dahulu.
admin-ask-search = Ketik nama, jabatan, instansi, atau NIP anggota yang dicari.
admin-search-length = Kata pencarian harus 2 sampai { $max } karakter.
admin-search-none = Tidak ada anggota yang cocok dengan "<i>{ $query }</i>".
admin-search-results = Ditemukan { $count } anggota untuk "<i>{ $query }</i>". Pilih untuk melihat detail:

## Pokja
cmd-pokja = Pokja: daftar, gabung, dan keluar
cmd-anggota = Anggota pokja (koordinator dan admin)
cmd-undangan = Tautan undangan grup pokja (koordinator)
cmd-hubungkan = Hubungkan grup ini dengan pokja
cmd-putuskan = Putuskan grup ini dari pokja
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
pokja-staff-only = Maaf, fitur ini hanya untuk koordinator pokja tersebut dan admin sekretariat.
pokja-requests-empty = Tidak ada permintaan bergabung yang menunggu untuk Pokja { $pokja }.
pokja-requests-title = <b>Permintaan bergabung Pokja { $pokja } ({ $count })</b>
pokja-request-handled = Permintaan ini sudah diproses sebelumnya.
pokja-request-accepted = Permintaan diterima.
pokja-request-declined = Permintaan ditolak.
pokja-request-accepted-note = ✅ { $name } diterima di Pokja { $pokja } oleh { $by }.
pokja-request-declined-note = ❌ Permintaan { $name } untuk Pokja { $pokja } ditolak oleh { $by }.
pokja-notify-request =
    📨 <b>Permintaan bergabung Pokja { $pokja }</b>

    { $name }
    { $position }, { $agency }
pokja-notify-accepted = Bapak/Ibu { $name }, permintaan Bapak/Ibu bergabung dengan <b>Pokja { $pokja }</b> telah diterima. Selamat bergabung!
pokja-notify-declined = Bapak/Ibu { $name }, mohon maaf, permintaan Bapak/Ibu bergabung dengan <b>Pokja { $pokja }</b> belum dapat diterima. Silakan hubungi koordinator pokja untuk informasi lebih lanjut.
pokja-notify-coordinator-assigned = Bapak/Ibu { $name }, Bapak/Ibu kini menjadi <b>koordinator Pokja { $pokja }</b>. Gunakan /pokja dan /anggota untuk mengelola anggota, serta /hubungkan di grup Telegram pokja.
pokja-notify-coordinator-removed = Bapak/Ibu { $name }, Bapak/Ibu tidak lagi menjadi koordinator <b>Pokja { $pokja }</b>. Terima kasih atas kontribusinya.
pokja-ask-name = Ketik nama pokja (paling banyak { $max } karakter), misalnya "Keamanan Informasi".
pokja-ask-description = Ketik deskripsi singkat pokja (paling banyak { $max } karakter).
pokja-ask-mode = Bagaimana anggota bergabung dengan pokja ini?
pokja-field-length = Mohon tuliskan { $min } sampai { $max } karakter.
pokja-created = Pokja <b>{ $name }</b> telah dibuat.
pokja-updated = Pokja telah diperbarui: <b>{ $name }</b>.
pokja-name-taken = Sudah ada pokja aktif bernama <b>{ $name }</b>. Silakan pilih nama lain.
pokja-now-moderated = Bergabung kini memerlukan persetujuan koordinator.
pokja-now-open = Pokja kini terbuka: anggota dapat langsung bergabung.
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
admin-button-coordinator-of = ⭐ Koordinator pokja…

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
group-linked = ✅ Grup ini kini terhubung dengan <b>Pokja { $pokja }</b> (oleh { $by }).
group-needs-rights = ⚠️ Bot belum menjadi admin dengan hak "Undang pengguna melalui tautan". Tanpa hak itu bot tidak dapat menyetujui permintaan bergabung maupun membuat tautan undangan.
group-not-linked = Grup ini belum terhubung dengan pokja mana pun.
group-unlinked = Grup ini tidak lagi terhubung dengan <b>Pokja { $pokja }</b>.
group-unlinked-removed = Bot dikeluarkan dari grup <b>{ $title }</b>, sehingga grup itu tidak lagi terhubung dengan Pokja { $pokja }.
group-not-group-admin = Maaf, hanya admin grup ini yang dapat menghubungkan atau memutuskan grup dengan pokja.
group-not-forum-member = Maaf, Bapak/Ibu belum tercatat sebagai anggota aktif Forum Kominfo. Silakan mendaftar melalui chat pribadi dengan bot.
group-not-coordinator = Maaf, hanya admin sekretariat atau koordinator pokja yang dapat menghubungkan grup dengan pokja.
group-not-coordinator-of = Maaf, hanya admin sekretariat atau koordinator pokja tersebut yang dapat melakukannya.
group-join-declined-unregistered = Permintaan Bapak/Ibu bergabung dengan grup <b>{ $title }</b> belum dapat disetujui karena grup ini khusus anggota Pokja { $pokja } Forum Kominfo. Silakan mendaftar dengan /daftar, lalu bergabung dengan pokja melalui /pokja, kemudian ajukan kembali permintaan bergabung.
group-join-declined-not-approved = Permintaan Bapak/Ibu bergabung dengan grup <b>{ $title }</b> belum dapat disetujui karena pendaftaran Bapak/Ibu di Forum Kominfo belum aktif. Silakan cek status dengan /start.
group-join-declined-not-member = Permintaan Bapak/Ibu bergabung dengan grup <b>{ $title }</b> belum dapat disetujui karena grup ini khusus anggota Pokja { $pokja }. Silakan bergabung dengan pokja melalui /pokja, kemudian ajukan kembali permintaan bergabung.
group-join-needs-rights = ⚠️ Ada permintaan bergabung ke grup <b>{ $title }</b> (Pokja { $pokja }), tetapi bot belum menjadi admin dengan hak "Undang pengguna melalui tautan" sehingga tidak dapat memprosesnya.
group-invite-choose = Pilih grup yang tautan undangannya akan dibuat:
group-invite-no-groups = Belum ada grup Telegram yang terhubung dengan pokja Bapak/Ibu. Tambahkan bot ke grup pokja, lalu jalankan /hubungkan di grup itu.
group-invite-link =
    Tautan undangan grup <b>{ $title }</b> (Pokja { $pokja }):
    { $link }

    Yang membuka tautan ini mengajukan permintaan bergabung; bot menyetujui anggota Pokja { $pokja } secara otomatis dan menolak yang lain dengan penjelasan.
group-invite-needs-rights = Bot tidak dapat membuat tautan undangan untuk grup <b>{ $title }</b> karena belum menjadi admin dengan hak "Undang pengguna melalui tautan". Mohon minta admin grup memberikan hak tersebut kepada bot.

## Siaran
cmd-siaran = Kirim siaran (koordinator dan admin)
cmd-siaran_laporan = Laporan siaran terakhir
profile-button-broadcasts-on = 📣 Siaran: diterima
profile-button-broadcasts-off = 📣 Siaran: tidak diterima
profile-broadcasts-declined = Baik, Bapak/Ibu tidak akan menerima siaran biasa. Pengumuman resmi sekretariat tetap dikirimkan.
profile-broadcasts-accepted = Baik, Bapak/Ibu kembali menerima siaran.
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
bc-report-done =
    ✅ Siaran selesai: terkirim { $sent } dari { $total } · gagal { $failed } · diblokir { $blocked }
    Pesan yang mungkin terkirim dua kali karena gangguan: { $doubt }
bc-report-stopped =
    ⏹ Siaran dihentikan: terkirim { $sent } dari { $total } · gagal { $failed } · diblokir { $blocked } · dihentikan { $stopped }
    Pesan yang mungkin terkirim dua kali karena gangguan: { $doubt }
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

## Tugas SPBE
cmd-tugas = Tugas nasional SPBE: ringkasan, nomor, atau kata kunci
cmd-cari_tugas = Cari tugas SPBE
cmd-ikuti = Ikuti perkembangan sebuah tugas
cmd-berhenti_ikuti = Berhenti mengikuti sebuah tugas
cmd-ekspor_tugas = Unduh katalog tugas (CSV)
cmd-impor_tugas = Impor katalog tugas dari CSV (admin)
task-status-belum-dimulai = belum dimulai
task-status-berjalan = berjalan
task-status-selesai = selesai
task-status-ditunda = ditunda
task-none = -
task-no-pokja = Tanpa pokja
task-overdue-mark = ⚠️ terlambat
task-catalogue-empty = Katalog tugas SPBE masih kosong. Admin sekretariat dapat mengimpornya dengan /impor_tugas.
task-summary-title = <b>Perkembangan Tugas Nasional SPBE</b> (per { $date })
task-summary-total =
    Jumlah tugas: <b>{ $total }</b>
    Belum dimulai { $notStarted } · berjalan { $running } · selesai { $done } · ditunda { $postponed }
    Terlambat: <b>{ $overdue }</b> · rata-rata progres { $average } %
task-summary-line = <b>{ $name }</b>: { $total } tugas · selesai { $done } · berjalan { $running } · terlambat { $overdue } · rata-rata { $average } %
task-button-overdue = ⚠️ Terlambat
task-button-all = Semua tugas
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
task-card-status = Status: <b>{ $status }</b> · progres { $progress } %{ $late }
task-card-target = Target: { $target }
task-card-responsible = Penanggung jawab: { $responsible }
task-card-pokja = Pokja: { $pokja }
task-card-legal = Dasar hukum: { $legal }
task-card-note = Catatan terakhir: { $note } ({ $by }, { $at })
task-card-history = <b>Riwayat terakhir:</b>
task-history-created = dimuat ke katalog
task-history-status = status { $from } → { $to }
task-history-progress = progres { $from } → { $to } %
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
task-update-ask-progress = Ketik progres 0-100 (sekarang { $progress } %), atau tekan tombol untuk tidak mengubahnya.
task-button-keep = Tetap { $value }
task-update-progress-invalid = Progres harus berupa angka bulat 0 sampai 100, misalnya 45.
task-update-done-under-100 = Status <b>selesai</b>, tetapi progres { $progress } %. Jadikan progres 100 %?
task-button-make-100 = Ya, jadikan 100 %
task-button-keep-progress = Tetap { $progress } %
task-update-ask-note = Tulis catatan singkat tentang perkembangan ini (paling banyak { $max } karakter), atau tekan Lewati.
task-update-note-length = Catatan harus 2 sampai { $max } karakter.
task-update-ask-audience = Siapa yang diberi tahu tentang pembaruan ini?
task-button-followers-only = Hanya pengikut tugas
task-button-followers-and-pokja = Pengikut dan anggota Pokja { $pokja }
task-update-confirm =
    <b>Simpan pembaruan Tugas { $number }?</b>
    Status: { $status }
    Progres: { $progress } %
    Catatan: { $note }
task-note-unchanged = (catatan tidak diubah)
task-button-save = 💾 Simpan
task-update-saved = Tugas { $number } telah diperbarui. Pemberitahuan dikirim kepada { $notified } orang.
task-update-unchanged = Tidak ada yang berubah pada Tugas { $number }.
task-update-notification = 📌 <b>Tugas { $number}</b> diperbarui: { $title }
    Status: { $status } · progres { $progress } %{ $note }
    Oleh { $by }
task-update-notification-note = Catatan: { $note }
task-csv-caption = Katalog tugas SPBE ({ $count } tugas).
task-inline-register = Daftar sebagai anggota Forum Kominfo
task-inline-title = Tugas { $number } — { $title }
task-digest-title = 📋 <b>Tugas pokja yang perlu perhatian</b> ({ $date })
task-digest-overdue = <b>Baru melewati target ({ $count }):</b>
task-digest-overdue-total = Seluruh tugas pokja yang terlambat saat ini: { $count }.
task-digest-due-soon = <b>Jatuh tempo dalam 7 hari ({ $count }):</b>
task-digest-line = • Tugas { $number } — { $title } (target { $target }, { $progress } %)
task-import-intro =
    Kirim berkas CSV katalog tugas (UTF-8, dipisah koma atau titik koma, seperti yang disimpan Excel atau LibreOffice; paling besar 1 MB).
    Kolom: <code>{ $columns }</code>
    Kolom wajib: nomor dan judul. Seluruh berkas diperiksa dahulu; tidak ada yang disimpan sebelum Bapak/Ibu menyetujui ringkasannya.
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
task-import-error-too-many-errors = Masih ada { $count } masalah lain yang tidak ditampilkan.
task-import-error-unreadable = Berkas tidak dapat diunduh atau dibaca. Silakan kirim kembali.

## Rapat
cmd-rapat = Rapat yang akan datang dan jawaban kehadiran
cmd-rapat_baru = Jadwalkan rapat (koordinator dan admin)
cmd-pengaturan = Pengaturan pengingat
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
meeting-ask-duration = Berapa lama rapat berlangsung?
meeting-duration-hours = { $hours } jam
meeting-ask-place = Di mana rapat diadakan? Tuliskan tempatnya dan/atau tautan rapat daring (Zoom, Meet, atau tautan lain), misalnya "Ruang Rapat Lt. 3 Kominfo, https://zoom.us/j/123".
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
    Waktu: { $when } ({ $hours } jam)
    Tempat/tautan: { $place }
    { $repeat }
    Undangan: { $invitees } anggota
meeting-button-create = 📅 Jadwalkan dan umumkan
meeting-ics-caption = Berkas kalender rapat. Buka untuk menambahkannya ke kalender Bapak/Ibu.
meeting-created = Rapat telah dijadwalkan dan undangan dikirim kepada { $invited } anggota.
meeting-announcement-title = 📅 <b>Undangan { $audience }</b>
meeting-when = Waktu: { $when } ({ $minutes } menit)
meeting-place = Tempat: { $place }
meeting-link = Tautan: { $url }
meeting-agenda = <b>Agenda:</b>
meeting-rsvp-ask = Mohon konfirmasi kehadiran Bapak/Ibu:
meeting-rsvp-hadir = Hadir
meeting-rsvp-tidak-hadir = Tidak hadir
meeting-rsvp-diwakilkan = Diwakilkan
meeting-rsvp-pending = belum menjawab
meeting-rsvp-saved = Tercatat: { $rsvp }. Terima kasih.
meeting-rsvp-refused-not-found = Rapat ini tidak ditemukan.
meeting-rsvp-refused-cancelled = Rapat ini telah dibatalkan.
meeting-rsvp-refused-over = Rapat ini sudah berlangsung atau selesai.
meeting-rsvp-refused-not-invited = Bapak/Ibu tidak termasuk undangan rapat ini.
meeting-ask-deputy = Siapa nama wakil yang akan hadir menggantikan Bapak/Ibu (beserta jabatannya)?
meeting-deputy-length = Nama wakil harus 3 sampai 100 karakter.
meeting-deputy-saved = Tercatat: Bapak/Ibu diwakili oleh <b>{ $name }</b>. Terima kasih.
meeting-deputy-in-private = Untuk mengirim wakil, mohon jawab melalui chat pribadi ini: buka rapatnya lalu tekan "Diwakilkan".
meeting-not-found = Rapat tidak ditemukan.
meeting-none-upcoming = Tidak ada rapat yang akan datang untuk Bapak/Ibu.
meeting-upcoming-title = <b>Rapat yang akan datang</b>
meeting-counts = Hadir { $hadir } · diwakilkan { $diwakilkan } · tidak hadir { $tidak_hadir } · belum menjawab { $pending }
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
meeting-nudge = Mohon konfirmasi kehadiran Bapak/Ibu untuk rapat <b>{ $title }</b> ({ $when }).
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
meeting-change-ask = Apa yang ingin diubah pada rapat <b>{ $title }</b>?
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
meeting-attendance-prompt = 📋 Rapat <b>{ $title }</b> telah dimulai. Buka daftar hadir agar peserta dapat menandai kehadirannya.
meeting-button-open-attendance = 📋 Buka daftar hadir
meeting-attendance-opened = Daftar hadir dibuka; peserta diminta menandai kehadirannya.
meeting-attendance-already-open = Daftar hadir sudah dibuka.
meeting-attendance-ask = 📋 Daftar hadir rapat <b>{ $title }</b> telah dibuka. Bila Bapak/Ibu mengikuti rapat ini, mohon tekan tombol di bawah.
meeting-button-present = ✅ Saya hadir
meeting-present-saved = Kehadiran Bapak/Ibu tercatat. Terima kasih.
meeting-attendance-closed = Daftar hadir rapat ini belum dibuka atau sudah ditutup.
meeting-attendance-title = <b>Daftar hadir: { $title }</b>
    Hadir { $present } dari { $invited } undangan. Tekan nama untuk mengoreksi.
meeting-button-attendance-csv = 📥 Unduh daftar hadir (CSV)
meeting-attendance-csv-caption = Daftar hadir rapat { $title }.
meeting-none-past = Belum ada rapat yang telah berlangsung.
meeting-past-title = <b>Rapat yang telah berlangsung</b>
meeting-past-attendance = hadir { $present } dari { $invited }
meeting-past-cancelled = dibatalkan

## Meetings: calendar picker, recurrence, minutes and action items
meeting-button-calendar = 📅 Pilih di kalender
meeting-pick-day = Silakan pilih tanggal rapat:
meeting-pick-time = Tanggal { $date }. Pukul berapa rapat dimulai ({ $zone })? Pilih di bawah, atau ketik jamnya, misalnya 13.30.
calendar-weekdays = Sen Sel Rab Kam Jum Sab Min
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
meeting-minutes-ask = 📝 Notulen rapat <b>{ $title }</b>. Silakan unggah notulen sebagai dokumen (misalnya PDF atau Word; keterangan boleh ditambahkan), atau tuliskan notulennya di sini (paling banyak { $max } karakter).
meeting-minutes-ask-replace = 📝 Notulen rapat <b>{ $title }</b> sudah pernah dibagikan. Notulen yang Bapak/Ibu kirim sekarang menggantikannya dan dikirim ulang kepada undangan; tindak lanjut yang sudah ada tetap berlaku. Silakan unggah dokumen atau tuliskan notulennya (paling banyak { $max } karakter).
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
meeting-minutes-title = 📝 <b>Notulen rapat: { $title }</b>
meeting-minutes-updated-title = 📝 <b>Notulen rapat diperbarui: { $title }</b>
meeting-minutes-file-caption = Notulen rapat { $title }
meeting-minutes-none = Notulen rapat ini belum dibagikan.
meeting-action-assigned =
    📌 Bapak/Ibu ditunjuk sebagai penanggung jawab tindak lanjut rapat <b>{ $title }</b>:
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

## Recommendations (usulan)
cmd-usul = Ajukan usulan atau rekomendasi
cmd-usulan = Usulan pokja Bapak/Ibu
cmd-usulan_saya = Usulan yang Bapak/Ibu ajukan
cmd-tinjau = Tinjau usulan pokja (koordinator dan admin)
cmd-rekap_usulan = Rekap dan ekspor usulan (koordinator dan admin)
rec-status-diajukan = Diajukan
rec-status-ditinjau = Ditinjau
rec-status-dibahas = Dibahas
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
rec-limit-reached = Mohon maaf, Bapak/Ibu sudah mengajukan { $limit } usulan hari ini, batas harian per anggota. Silakan ajukan usulan berikutnya besok. Terima kasih atas partisipasinya.
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
rec-support-ok = Dukungan Bapak/Ibu untuk usulan #{ $id } tercatat. Bapak/Ibu juga akan diberi tahu perkembangannya.
rec-support-own = Ini usulan Bapak/Ibu sendiri; dukungan hanya dapat diberikan oleh anggota lain.
rec-support-already = Bapak/Ibu sudah mendukung usulan #{ $id }.
rec-support-not-found = Usulan tidak ditemukan.
rec-part-problem = <b>Masalah</b>
rec-part-solution = <b>Usulan solusi</b>
rec-part-benefit = <b>Manfaat</b>
rec-card-meta = Pokja { $pokja } · { $category } · <b>{ $status }</b>
rec-card-submitter = Diajukan oleh { $name } ({ $agency }), { $date }
rec-card-supports = 👍 { $count } dukungan
rec-card-related-task = Tugas SPBE terkait: { $number }. { $title }
rec-card-meeting = Dibahas dalam rapat: { $title } ({ $when })
rec-card-follow-up-task = Ditindaklanjuti dalam Tugas SPBE { $number }. { $title }
rec-card-attachments = Lampiran: { $count }
rec-card-history = <b>Riwayat</b>
rec-history-submitted = diajukan oleh { $who }
rec-history-resubmitted = direvisi dan diajukan ulang oleh { $who }
rec-history-undo = langkah terakhir dibatalkan oleh { $who }; kembali ke { $status }
rec-history-meeting = dijadwalkan dibahas dalam rapat { $meeting } oleh { $who }
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
rec-meeting-comment = dibahas dalam rapat { $title } ({ $when })
rec-on-meeting = Usulan #{ $id } dijadwalkan dibahas dalam rapat <b>{ $title }</b> ({ $when }).
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
