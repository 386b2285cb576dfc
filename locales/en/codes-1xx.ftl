## Reply codes 1yz: positive preliminary.

code-110 = Restart Marker
    .text = Restart marker reply.
    .description = RFC 959 gives 110 the text “Restart marker reply.” It defines 110 as a preliminary reply that reports a restart marker during a transfer, and RFC 1123 corrects its format, which must read exactly MARK ssss = rrrr. Here ssss is the marker the sender placed in the data stream and rrrr the matching position in the receiver's file system.
    .seen = Restart markers exist only in block and compressed modes, so a transfer in the default stream mode never produces 110. A server that receives data carrying restart markers sends 110 over the control connection each time it has saved the data up to a marker; RFC 959 lists it for STOR, STOU, RETR and APPE, and it may arrive while data is still flowing.
    .fix = Nothing is wrong. A client that supports restart should save each pair of markers and, after a failure, send REST with the server's marker immediately followed by the interrupted transfer command.

code-120 = Service Ready Soon
    .text = Service ready in nnn minutes.
    .description = RFC 959 gives 120 the text “Service ready in nnn minutes.” It defines 120 as a preliminary reply: the server has accepted the connection but cannot take commands yet, and nnn gives the expected delay. A 220 reply follows once the service is ready.
    .seen = It arrives as the first reply after connecting, from a server that cannot accept input right away. RFC 959 also allows it after REIN, before the 220 that confirms the reset.
    .fix = Nothing is wrong: keep the connection open and wait for the 220 reply before sending any command. RFC 959 has the server send 120 precisely so that the client knows not to hang up during the delay.

code-125 = Data Connection Already Open
    .text = Data connection already open; transfer starting.
    .description = RFC 959 gives 125 the text “Data connection already open; transfer starting.” It defines 125 as a preliminary reply to a transfer command when a data connection is already open, so the transfer starts on it at once. For STOU, RFC 1123 requires the exact text 125 FILE: pppp, where pppp is the unique pathname of the file being written.
    .seen = This reply precedes the data of STOR, STOU, RETR, LIST, NLST or APPE when the data connection is already established, for example one left open after an earlier transfer in block or compressed mode. A second reply, normally 226 or 250, follows when the transfer ends.
    .fix = Nothing is wrong. Wait for the completion reply before sending another command, and after STOU read the name of the stored file from the text of the 125 reply.

code-150 = File Status Okay
    .text = File status okay; about to open data connection.
    .description = RFC 959 gives 150 the text “File status okay; about to open data connection.” It defines 150 as a preliminary reply: the server accepts the transfer command and is about to open the data connection. For STOU, RFC 1123 requires the exact text 150 FILE: pppp, where pppp is the unique pathname of the file being written.
    .seen = 150 is the usual first reply to RETR, STOR, STOU, APPE, LIST and NLST, and RFC 3659 uses it to open the listing sent by MLSD. A completion reply such as 226 follows when the transfer ends, or 425 or 426 if the data connection fails. With TLS, RFC 4217 says that 150 only means the command is acceptable at the current PROT level, and a 522 can still follow if the TLS negotiation on the data connection fails.
    .fix = Nothing is wrong: wait for the data, then for the completion reply. If the transfer then stalls or ends with 425, the data connection could not be set up: check that the address and port given by PASV, EPSV, PORT or EPRT can be reached between client and server.
