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

## Three-digit numbers that no RFC defines, met in lists of FTP codes and in some servers.

unassigned-231 = User Logged Out
    .description = No RFC defines 231. Some lists of FTP codes give it the text “User logged out; service terminated”, but the reply RFC 959 defines for the end of a session is 221, “Service closing control connection.”, the reply to QUIT (section 4.1.1). A client that follows the RFCs knows 231 only by its first digit, which marks a positive completion reply (section 4.2).
    .seen = You see 231 only from a server that numbers its replies its own way, in reply to QUIT or when it ends the session; standard servers answer QUIT with 221.
    .fix = Nothing is wrong: treat 231 as the end of the session, as you would treat 221. If you write the server, answer QUIT with 221, as RFC 959 section 5.4 lists.

unassigned-430 = Invalid Username or Password
    .description = No RFC defines 430. Some servers and lists of FTP codes use it with the text “Invalid username or password”, but RFC 959 answers a failed login with 530, “Not logged in.”, which section 5.4 lists for USER, PASS and ACCT. Its first digit 4 would even mark the failure as temporary (section 4.2), which a wrong password is not.
    .seen = You see 430 after USER or PASS on a server that numbers its replies its own way, when the user name or the password is wrong.
    .fix = Check the user name and the password, then log in again; do not repeat the same credentials in a loop, since the failure is not temporary. If you write the server, answer a failed login with 530.

unassigned-434 = Requested Host Unavailable
    .description = No RFC defines 434. Some lists of FTP codes give it the text “Requested host unavailable”, but RFC 7151, which defines HOST for virtual hosts, answers with existing codes: 421 when the host is normally acceptable but temporarily unavailable, after which the server closes the connection, and 504 when the host is unknown or the server will not treat the connection as one to that host.
    .seen = You see 434 after HOST on a server that numbers its replies its own way, when it does not serve the virtual host you named.
    .fix = Check the host name you send with HOST. If the host should exist, reconnect later or ask the server's administrator. If you write the server, answer with 421 or 504 as RFC 7151 section 3 describes.
