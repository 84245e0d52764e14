limit-notice = Mohon maaf, Bapak/Ibu mengirim terlalu banyak pesan dalam waktu singkat. Selama { $seconds } detik ke depan pesan dan tombol tidak kami tanggapi; setelah itu silakan lanjutkan.
limit-notice-group = Mohon maaf, Bapak/Ibu mengirim terlalu banyak perintah dalam waktu singkat. Selama { $seconds } detik ke depan perintah Bapak/Ibu di grup tidak kami tanggapi; setelah itu silakan lanjutkan.
limit-inline = Terlalu banyak permintaan, mohon tunggu sebentar
