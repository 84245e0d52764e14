## Admin
admin-new-registration = 🆕 <b>Pendaftaran baru menunggu persetujuan</b>
admin-button-approve = ✅ Setujui
admin-button-approve-named = ✅ Setujui { $name }
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
admin-already-reviewed = Pendaftaran { $name } sudah diproses sebelumnya oleh { $reviewer } (status: { $status }).
admin-already-reviewed-generic = Pendaftaran ini sudah diproses sebelumnya atau tidak ditemukan.
admin-reviewer-secretariat = sekretariat
admin-member-not-found = Data anggota tidak ditemukan; mungkin sudah dihapus atas permintaan yang bersangkutan.
admin-ask-reject-reason = Tuliskan alasan penolakan pendaftaran <b>{ $name }</b>. Alasan ini akan disampaikan kepada pendaftar.
admin-ask-suspend-reason = Tuliskan alasan penangguhan keanggotaan <b>{ $name }</b>. Alasan ini akan disampaikan kepada anggota tersebut.
admin-reason-length = Alasan harus terdiri atas { $min } sampai { $max } karakter. Mohon tuliskan kembali.
admin-rejected-done = Pendaftaran <b>{ $name }</b> ditolak. Alasan yang disampaikan: { $reason }
admin-rejected-done-no-reason = Pendaftaran <b>{ $name }</b> ditolak tanpa alasan. Pendaftar telah diberi tahu.
admin-button-no-reason = Tolak tanpa alasan
admin-confirm-no-reason = Tolak pendaftaran <b>{ $name }</b> tanpa alasan? Penolakan tidak dapat dibatalkan, dan pendaftar hanya akan diberi tahu bahwa pendaftarannya belum dapat disetujui.
admin-button-confirm-no-reason = ❌ Ya, tolak tanpa alasan
admin-button-write-reason = ✍️ Tulis alasan
admin-suspended-done = Keanggotaan <b>{ $name }</b> ditangguhkan. Yang bersangkutan telah diberi tahu.
admin-suspended-coordination-ended = Tugas koordinator { $pokja } berakhir bersama penangguhan ini. Bila keanggotaannya kelak dipulihkan, tugas tersebut tidak ikut dipulihkan.
admin-suspended-no-coordinator = Pokja berikut kini tidak memiliki koordinator: { $pokja }. Permintaan bergabung, termasuk yang masih menunggu, kini dikirim kepada admin sekretariat.
admin-cannot-suspend = Hanya anggota aktif yang dapat ditangguhkan.
admin-reinstated-toast = Keanggotaan dipulihkan.
admin-reinstated-without-coordination = Keanggotaan <b>{ $name }</b> telah dipulihkan sebagai anggota. Tugas koordinator yang berakhir saat penangguhan ({ $pokja }) tidak ikut dipulihkan; bila masih diperlukan, tetapkan kembali melalui tombol "⭐ Koordinator pokja…".
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
admin-button-coordinator-of = ⭐ Koordinator pokja…
