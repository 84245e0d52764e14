## Status dan peran
status-pending = menunggu persetujuan
status-approved = aktif
status-rejected = ditolak
status-suspended = ditangguhkan
status-erased = data pribadi dihapus
role-member = Anggota
role-coordinator = Koordinator pokja
role-admin = Admin sekretariat
timezone-wib = WIB (Waktu Indonesia Barat)
timezone-wita = WITA (Waktu Indonesia Tengah)
timezone-wit = WIT (Waktu Indonesia Timur)

## /start
start-unregistered =
    Selamat datang di <b>Forum Kominfo Bot</b>, Bapak/Ibu { $name }

    Bot ini menghubungkan Kementerian Komunikasi dan Digital (Komdigi) dan Dinas Kominfo provinsi serta kabupaten/kota dalam koordinasi SPBE: pokja, rapat, usulan, dan perkembangan tugas nasional SPBE.

    Bapak/Ibu belum terdaftar. Silakan mendaftar sebagai anggota forum; pendaftaran akan diverifikasi oleh sekretariat.
start-configured-admin =
    Selamat datang. Bapak/Ibu { $name } tercatat sebagai <b>admin sekretariat</b> dalam konfigurasi bot.

    Gunakan /admin untuk meninjau pendaftaran. Silakan lengkapi profil Bapak/Ibu melalui pendaftaran agar nama dan instansi tercatat.
start-button-register = 📝 Daftar sekarang
start-button-register-again = 📝 Daftar ulang
start-pending =
    Bapak/Ibu { $name }, selamat datang kembali.

    Pendaftaran Bapak/Ibu sedang <b>menunggu persetujuan</b> sekretariat (diajukan { $since }). Kami akan mengabari Bapak/Ibu di sini setelah ditinjau.
start-rejected =
    Bapak/Ibu { $name }, pendaftaran sebelumnya <b>tidak disetujui</b>.
    Alasan: { $reason }

    Bapak/Ibu dapat mendaftar ulang dengan data yang diperbaiki.
start-suspended =
    Keanggotaan Bapak/Ibu { $name } sedang <b>ditangguhkan</b>.
    Alasan: { $reason }

    Silakan hubungi sekretariat Forum Kominfo untuk informasi lebih lanjut.
start-approved = Selamat datang kembali, Bapak/Ibu <b>{ $name }</b>!
    Status: anggota aktif ({ $role }).
start-configured-admin-profile = ℹ️ Profil Bapak/Ibu dibuat otomatis oleh bot dari nama Telegram, dengan instansi Sekretariat Forum Kominfo. Mohon periksa dan perbaiki nama, instansi, dan jabatan Bapak/Ibu melalui /profil.
start-continue-with = Silakan lanjutkan dengan mengetik /{ $command } di sini.

## Pendaftaran
reg-intro = Terima kasih atas minat Bapak/Ibu bergabung dengan Forum Kominfo. Pendaftaran terdiri atas beberapa pertanyaan singkat. Ketik /batal kapan saja untuk membatalkan.
reg-ask-name = 1/5 · Siapa nama lengkap Bapak/Ibu (beserta gelar, bila ada)?
reg-name-too-short = Nama terlalu pendek. Mohon tuliskan nama lengkap Bapak/Ibu.
reg-name-too-long = Nama terlalu panjang (paling banyak 100 karakter). Mohon tuliskan kembali.
reg-name-invalid-characters = Nama hanya boleh berisi huruf, spasi, titik, koma, tanda petik, tanda hubung, dan tanda kurung. Mohon tuliskan kembali.
reg-name-case-offer =
    Nama Bapak/Ibu akan kami catat sebagai:
    <b>{ $proper }</b>

    Sudah benar? Bila keliru, ketik ulang nama Bapak/Ibu.
reg-button-name-proper = ✅ { $proper }
reg-button-name-as-typed = Tetap: { $typed }
reg-name-chosen = Nama: <b>{ $name }</b>
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
reg-ask-nip = 4/5 · Mohon ketik NIP atau NI PPPK Bapak/Ibu (18 angka, boleh dengan spasi). Nomor ini opsional; tekan atau ketik Lewati bila tidak ingin mengisinya.
reg-nip-invalid-format = NIP hanya berisi angka (spasi, titik, atau tanda hubung boleh dipakai sebagai pemisah). Mohon periksa kembali.
reg-nip-invalid-length = NIP terdiri atas 18 angka. Mohon periksa kembali.
reg-nip-invalid-birth-date = Delapan angka pertama NIP (tanggal lahir) tidak valid. Mohon periksa kembali.
reg-nip-invalid-tmt = Angka ke-9 sampai ke-14 NIP (tahun dan bulan pengangkatan; pada NI PPPK: tahun pengangkatan dan kode 21) tidak valid. Mohon periksa kembali.
reg-nip-invalid-gender = Angka ke-15 NIP (jenis kelamin) harus 1 atau 2. Mohon periksa kembali.
reg-nip-invalid-serial = Tiga angka terakhir NIP (nomor urut) tidak valid. Mohon periksa kembali.
reg-ask-phone = 5/5 · Bila berkenan, bagikan nomor telepon Bapak/Ibu dengan tombol di bawah agar sekretariat dapat menghubungi. Nomor ini opsional; tekan Lewati bila tidak ingin membagikannya.
reg-phone-use-button = Mohon gunakan tombol "Bagikan nomor telepon saya" atau "Lewati" di bawah.
reg-phone-not-own = Mohon bagikan nomor telepon Bapak/Ibu sendiri dengan tombol di bawah, bukan kontak orang lain.
reg-phone-saved = Terima kasih, nomor telepon sudah dicatat.
reg-phone-skipped = Baik, nomor telepon tidak diisi.
reg-nip-skipped = Baik, NIP tidak diisi.
nip-label-pns = NIP
nip-label-pppk = NI PPPK
reg-consent =
    <b>Persetujuan pemrosesan data pribadi</b> (UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi)

    Data yang kami simpan: nama lengkap, instansi, jabatan, NIP dan nomor telepon (bila diisi), serta ID dan nama pengguna Telegram Bapak/Ibu.

    Tujuannya: verifikasi keanggotaan Forum Kominfo, koordinasi pokja, undangan rapat, dan komunikasi resmi forum.

    Yang dapat melihatnya: sekretariat forum melihat seluruh data; koordinator pokja melihat nama, jabatan, dan instansi anggota pokjanya. NIP dan nomor telepon tidak ditampilkan kepada anggota lain.

    Bapak/Ibu dapat melihat dan memperbaiki data kapan saja melalui /profil, mengunduh seluruh data melalui /data_saya, dan menghapusnya melalui /hapus_akun. Data disimpan selama Bapak/Ibu menjadi anggota forum; data pendaftaran yang ditolak dihapus { $rejectedDays } hari setelah penolakan.

    Apakah Bapak/Ibu menyetujui pemrosesan data tersebut?
reg-button-consent-yes = ✅ Saya setuju
reg-button-consent-no = Tidak setuju
reg-consent-declined = Baik, pendaftaran tidak dilanjutkan dan data Bapak/Ibu tidak disimpan. Bapak/Ibu dapat mendaftar kembali kapan saja dengan /daftar.
reg-summary =
    <b>Mohon periksa kembali data pendaftaran:</b>

    Nama: { $name }
    Instansi: { $agency }
    Jabatan: { $position }
    { $nipLabel }: { $nip }
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
card-nip = <b>{ $label }:</b> { $value }
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
profile-edit-not-allowed = Maaf, profil Bapak/Ibu tidak dapat diubah saat ini karena status keanggotaan Bapak/Ibu. Silakan hubungi sekretariat Forum Kominfo.
profile-saved-pending = Data pendaftaran Bapak/Ibu telah diperbarui. Admin sekretariat telah menerima data terbaru ini untuk persetujuan.
profile-nip-erased = NIP Bapak/Ibu telah dihapus dari profil.
profile-phone-erased = Nomor telepon Bapak/Ibu telah dihapus dari profil.
reg-changed-admin-notice = ✏️ <b>Pendaftar mengubah data pendaftarannya</b> (pemberitahuan sebelumnya memuat data lama). Data terbaru:

## Pemberitahuan kepada anggota
member-approved = Selamat, Bapak/Ibu { $name }! Pendaftaran Bapak/Ibu sebagai anggota Forum Kominfo telah <b>disetujui</b>. Ketik /menu untuk membuka menu utama berisi seluruh fitur.
member-rejected =
    Mohon maaf, pendaftaran Bapak/Ibu { $name } <b>belum dapat disetujui</b>.
    Alasan: { $reason }

    Bapak/Ibu dapat mendaftar ulang dengan /daftar setelah memperbaiki data.
member-rejected-no-reason =
    Mohon maaf, pendaftaran Bapak/Ibu { $name } <b>belum dapat disetujui</b>.

    Bila ada pertanyaan, silakan hubungi sekretariat Forum Kominfo. Bapak/Ibu dapat mendaftar ulang dengan /daftar.
member-role-changed = Peran Bapak/Ibu { $name } di Forum Kominfo kini: <b>{ $role }</b>.
member-suspended =
    Keanggotaan Bapak/Ibu { $name } di Forum Kominfo <b>ditangguhkan</b>.
    Alasan: { $reason }

    Silakan hubungi sekretariat untuk informasi lebih lanjut.
member-reinstated = Keanggotaan Bapak/Ibu { $name } di Forum Kominfo telah <b>dipulihkan</b>. Selamat bergabung kembali.
profile-button-broadcasts-on = 📣 Siaran: diterima
profile-button-broadcasts-off = 📣 Siaran: tidak diterima
profile-broadcasts-declined = Baik, Bapak/Ibu tidak akan menerima siaran biasa. Pengumuman resmi sekretariat tetap dikirimkan.
profile-broadcasts-accepted = Baik, Bapak/Ibu kembali menerima siaran.
