## Numbers that are not FTP replies: Windows Sockets errors.

winsock-10054 = Connection Reset by Peer
    .description = 10054 is not an FTP reply but the Windows Sockets error WSAECONNRESET, "Connection reset by peer": the remote host, or a device on the path, abruptly reset the TCP connection. The error is reported by the operating system of the client; an FTP server never sends it, since an FTP reply is a three-digit number (RFC 959, section 4.2).
    .seen = Windows FTP clients show 10054 in their logs if the control or data connection drops in the middle of a session, for example because the server process stopped, the server closed the connection abruptly or a firewall cut it.
    .fix = Reconnect and look at the last real FTP reply before the error: a 421 means that the server closed the session on purpose. If resets repeat, check the server log and any firewall or NAT device between client and server, which may cut long or idle connections.

winsock-10060 = Connection Timed Out
    .description = 10060 is not an FTP reply but the Windows Sockets error WSAETIMEDOUT, "Connection timed out": the remote host did not answer a connection attempt within the allowed time, or an established connection stopped responding. It comes from the operating system of the client, never from the FTP server, whose replies are three-digit numbers (RFC 959, section 4.2).
    .seen = Windows FTP clients report 10060 if they cannot reach the server at all, because of a wrong host name or address, a server that is down or a firewall that silently drops packets. It also appears if the login works but a data connection for a listing or transfer cannot be opened.
    .fix = Check the host name and port, and that the server is running and reachable from your network. If the login works but listings or transfers time out, the data connection is blocked: check that the firewalls allow the port the client sends with PORT or EPRT, or the passive ports announced in the 227 or 229 reply.

winsock-10061 = Connection Refused
    .description = 10061 is not an FTP reply but the Windows Sockets error WSAECONNREFUSED, "Connection refused": the target host actively refused the connection, usually because no program listens on that port. It is reported by the operating system of the client; an FTP server cannot send it, because FTP replies are three-digit numbers (RFC 959, section 4.2).
    .seen = Windows FTP clients report 10061 as soon as they try to connect if the FTP server is not running, listens on another port, or a firewall rejects the connection. It can also occur on a data connection, if nothing listens on the port given for the transfer.
    .fix = Check that the FTP server is running, which port it listens on (21 by default), and that the client connects to that host and port. If only data connections are refused, check the addresses and ports exchanged in PORT, EPRT, or the 227 or 229 reply.

winsock-10066 = Directory Not Empty
    .description = 10066 is not an FTP reply but the Windows Sockets error WSAENOTEMPTY, "Directory not empty", one of the error names that Winsock takes over from the BSD Unix error list. An FTP server never sends it, since FTP replies are three-digit numbers (RFC 959, section 4.2).
    .seen = It turns up in lists of FTP error codes published for some Windows clients, labelled as an error about deleting a directory that still contains files. In the FTP protocol itself, a server that refuses to remove a directory answers RMD with a three-digit reply such as 550.
    .fix = Look in the client log for the reply the server actually sent to RMD. To remove a directory, delete its files and subdirectories first, then send RMD again.

winsock-10068 = User Quota Exceeded
    .description = 10068 is not an FTP reply but the Windows Sockets error WSAEUSERS, "User quota exceeded", another error name that Winsock takes over from the BSD Unix error list. An FTP server never sends it, because FTP replies are three-digit numbers (RFC 959, section 4.2).
    .seen = Some lists of FTP error codes for Windows clients show it as too many users on a full server. A real FTP server that cannot accept another session says so with a three-digit reply: RFC 959 allows 421 in place of the 220 greeting when the service is not available.
    .fix = Look in the client log for the reply the server actually sent. If it is a 421 about too many users, connect again later, or ask the administrator to raise the connection limit.
