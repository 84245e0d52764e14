## Dasbor (Mini App): /dasbor dan tombol menu utama
cmd-dasbor = Buka dasbor: ringkasan tugas, rapat, dan usulan
dasbor-button = 📊 Buka dasbor
dasbor-intro =
    <b>Dasbor Forum Kominfo</b>
    Ringkasan tugas SPBE, rapat, dan usulan Bapak/Ibu dalam satu halaman. Silakan tekan tombol di bawah ini untuk membukanya di Telegram.
dasbor-not-configured = Mohon maaf, dasbor belum dapat dibuka karena belum disiapkan. Silakan hubungi sekretariat Forum Kominfo. Sementara itu, semua fitur tetap tersedia melalui /menu.
