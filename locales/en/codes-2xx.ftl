## Reply codes 2yz: positive completion.

code-200 = Command Okay
    .text = Command okay.
    .description = RFC 959 gives 200 the text “Command okay.” RFC 959 uses 200 for a command that succeeded without giving the client any new information, such as TYPE, MODE, STRU, PORT or NOOP. Later RFCs make it the success reply to EPRT (RFC 2428), OPTS (RFC 2389), LANG (RFC 2640), and PBSZ, PROT and CCC (RFC 2228 and RFC 4217).
    .seen = You see 200 after setting transfer parameters with TYPE, MODE, STRU, PORT or EPRT, after NOOP, and after the PBSZ 0 and PROT P commands that follow AUTH TLS. A 200 to OPTS or LANG means the server accepted the option or the language, and the text of a LANG reply may say which variant it chose.
    .fix = Nothing is wrong: send the next command. If a 200 reply to PBSZ carries PBSZ=number in its text, the server wants a smaller buffer, and RFC 2228 requires both sides to use the smaller of the two sizes.

code-202 = Command Superfluous
    .text = Command not implemented, superfluous at this site.
    .description = RFC 959 gives 202 the text “Command not implemented, superfluous at this site.” It defines 202 as a positive completion reply for a command that has no meaning on this server, so that a simple client can carry on as if it had succeeded. Its example is ALLO on a system that needs no storage allocated in advance.
    .seen = You see it most often after ALLO, on servers that do not reserve space before a transfer. RFC 959 also lists 202 for PASS, ACCT, SMNT and SITE.
    .fix = Nothing is wrong: the command was unnecessary and the session goes on. Unlike 502, which refuses a command that is not implemented, 202 is a success reply.

code-211 = System Status
    .text = System status, or system help reply.
    .description = RFC 959 lists 211 as “System status, or system help reply.”: words that describe the reply rather than fix its text, which the server fills with status or help information for the user. RFC 2389 also makes it the reply to FEAT, whose multi-line form lists one supported extension per line, each indented by a single space, and ends with 211 End.
    .seen = You see 211 in reply to STAT without an argument, which reports the server's status, transfer parameters and connections, and sometimes in reply to HELP, which RFC 959 allows to answer with 211 or 214. A client that sends FEAT receives 211 with the list of extensions the server supports, such as MDTM, SIZE, MLST or AUTH TLS.
    .fix = Nothing is wrong. A one-line 211 to FEAT means the server has no extensions to report; a client that gets 500 or 502 to FEAT should test the extensions it needs one by one, as RFC 2389 advises.

code-212 = Directory Status
    .text = Directory status.
    .description = RFC 959 lists 212 as “Directory status.”: an information reply to STAT whose text is not fixed but carries the status of a directory.
    .seen = A server may answer 212 to STAT with a directory as its argument, sending over the control connection what LIST would send over a data connection. A listing of several lines comes as a multi-line reply.
    .fix = Nothing is wrong. Read the reply up to the last line, which starts with 212 followed by a space.

code-213 = File Status
    .text = File status.
    .description = RFC 959 lists 213 as “File status.”: an information reply to STAT whose text is not fixed but carries the status of a file. RFC 3659 makes it the reply to MDTM and SIZE with an exact single-line format: 213, a space, then the modification time as YYYYMMDDHHMMSS in UTC for MDTM, or the transfer size in octets for SIZE.
    .seen = You see 213 mostly after MDTM and SIZE, which clients send before resuming an interrupted transfer, to learn how much of the file was transferred and whether it has changed since. A server can also use it to answer STAT with a file name.
    .fix = Nothing is wrong. The MDTM time is in UTC, and the SIZE value depends on the current TYPE, MODE and STRU, so set the TYPE you will transfer with before sending SIZE.

code-214 = Help Message
    .text = Help message.
    .description = RFC 959 lists 214 as “Help message.”: a reply meant for the human user, whose text is not fixed but explains how to use the server or what a non-standard command means.
    .seen = You see 214 in reply to HELP, alone or followed by a command name. RFC 959 suggests that HELP SITE describe the server's SITE commands.
    .fix = Nothing is wrong. The text is written for people, so show it to the user rather than have a program interpret it.

code-215 = System Type
    .text = NAME system type.
    .description = RFC 959 gives 215 the text “NAME system type.” It defines 215 as the reply to SYST. The first word of its text must be one of the official system names listed in the Assigned Numbers document, such as UNIX.
    .seen = Clients send SYST to learn the server's operating system, which tells them what to expect from system-dependent output such as LIST.
    .fix = Nothing is wrong. Treat only the first word as the system name, and where the server supports MLSD and MLST (RFC 3659), prefer their strictly defined format to parsing LIST output.

code-220 = Service Ready
    .text = Service ready for new user.
    .description = RFC 959 gives 220 the text “Service ready for new user.” It defines 220 as the reply a server sends once the control connection is established and it can accept commands; it is also the positive reply to REIN and, under RFC 7151, to HOST.
    .seen = It is the first line your client receives after it connects, usually with a banner that names the server software. You also see it after REIN resets the session, after a 120 reply once the delayed service becomes ready, and after a HOST command that the server accepts.
    .fix = Nothing is wrong. Log in next: send USER, then PASS if the server answers 331.

code-221 = Closing Control Connection
    .text = Service closing control connection.
    .description = RFC 959 gives 221 the text “Service closing control connection.” It defines 221 as the reply to QUIT: the server logs the user out if appropriate and closes the control connection.
    .seen = You see it at the end of a session, after sending QUIT. If a file transfer is still in progress, RFC 959 has the server keep the connection open for the transfer's result reply and close it afterwards.
    .fix = Nothing is wrong: the session ended normally. To log in again as another user without reconnecting, send REIN instead of QUIT.

code-225 = Data Connection Open
    .text = Data connection open; no transfer in progress.
    .description = RFC 959 gives 225 the text “Data connection open; no transfer in progress.” RFC 959 defines 225 in the connections group, and its command-reply table lists it, with 226, as a success reply to ABOR.
    .seen = 225 is rare. RFC 959 lists it only for ABOR, where it fits an abort that finds the data connection open but no transfer under way.
    .fix = Nothing is wrong: there was nothing to abort, and the client can send its next command.

code-226 = Closing Data Connection
    .text = Closing data connection.
    .description = RFC 959 gives 226 the text “Closing data connection.” It defines 226 as the reply that reports a successful file action, such as a completed transfer or an abort, once the server has closed the data connection. RFC 3659 also uses it to end the listing sent by MLSD.
    .seen = 226 is the normal last reply to RETR, STOR, STOU, APPE, LIST and NLST once all the data has crossed the data connection. After ABOR, the server sends 426 for an interrupted transfer and then 226 to confirm the abort, or 226 alone if the transfer had already finished.
    .fix = Nothing is wrong: the transfer is complete and the client can send the next command. In stream mode the data connection closes at the end of each file, so the next transfer needs a new one, set up again with PASV, EPSV, PORT or EPRT.

code-227 = Entering Passive Mode
    .text = Entering Passive Mode (h1,h2,h3,h4,p1,p2).
    .description = RFC 959 gives 227 the text “Entering Passive Mode (h1,h2,h3,h4,p1,p2).” It defines 227 as the reply to PASV: the server listens for the data connection at the IPv4 address h1.h2.h3.h4 on port p1 times 256 plus p2. RFC 1123 notes that this format is not well standardized, so a client must scan the reply for the first digit of the numbers instead of relying on the parentheses.
    .seen = You get 227 after PASV, sent before each transfer or listing in passive mode. In that mode the client opens the data connection itself, which gets through firewalls that block incoming connections to the client.
    .fix = Nothing is wrong: connect to the given address and port, then send the transfer command. If that address cannot be reached from the client, as happens when the server sits behind NAT, use EPSV instead: its 229 reply carries only a port and reuses the address of the control connection.

code-228 = Entering Long Passive Mode
    .text = Entering Long Passive Mode (af, hal, h1, h2, h3,..., pal, p1, p2...)
    .description = RFC 1639 gives 228 the text “Entering Long Passive Mode (af, hal, h1, h2, h3,..., pal, p1, p2...)”. RFC 1639, an experimental RFC, defines 228 as the reply to LPSV: the server listens on a long address that gives the address family, the length and bytes of the host address, then the length and bytes of the port.
    .seen = You see 228 only after your client sends LPSV. RFC 2428 points out that the RFC 1639 mechanism can fail where several network protocols are in use, and defines EPSV for passive mode over IPv6 and other network protocols.
    .fix = Nothing is wrong: connect to the address and port given in the reply. For IPv6 or NAT, prefer EPSV from RFC 2428, which is on the standards track where RFC 1639 is experimental.

code-229 = Entering Extended Passive Mode
    .text = Entering Extended Passive Mode (|||6446|)
    .description = RFC 2428 gives 229 the text “Entering Extended Passive Mode (|||6446|)” as its example. RFC 2428 defines 229 as the reply to EPSV: its text must end with the port between parentheses as (<d><d><d>port<d>), where <d> is the delimiter character that section 2 defines for EPRT, any printable ASCII character from 33 to 126, with | recommended. The first two fields stay empty because the data connection uses the same network protocol and address as the control connection.
    .seen = You get 229 after EPSV, which RFC 2428 requires for every transfer whose control and data connections join the same two machines, over IPv4 as well as IPv6.
    .fix = Nothing is wrong: connect to the given port at the address of the control connection. If the network protocol the server chose does not suit, send ABOR and then EPSV followed by the protocol number, 1 for IPv4 or 2 for IPv6; a server that does not support it answers 522.

code-230 = User Logged In
    .text = User logged in, proceed.
    .description = RFC 959 gives 230 the text “User logged in, proceed.” It defines 230 as the reply that completes the login: the server has accepted the user name, and the password and account if it needed them.
    .seen = You usually see 230 after PASS. RFC 959 also allows it right after USER, when no password is needed, and after ACCT, when the server asked for an account.
    .fix = Nothing is wrong: the user is logged in and can set transfer parameters or start transferring files.

code-232 = Authorized by Security Exchange
    .text = User logged in, authorized by security data exchange.
    .description = RFC 2228 gives 232 the text “User logged in, authorized by security data exchange.” It defines 232 as a reply to USER: the server lets the user log in on the identity established by the security exchange, without asking for a password. Some lists of FTP codes give 232 an unrelated logout text that no RFC defines.
    .seen = You see 232 in reply to USER after AUTH and a completed security exchange. With TLS, RFC 4217 shows a server sending 232 instead of 331 when the client certificate and the user name are enough to authenticate the user.
    .fix = Nothing is wrong: the login is complete and no PASS is needed. If you expected to be asked for a password, check which client certificate or security identity the server accepted.

code-234 = Security Exchange Complete
    .text = Security data exchange complete.
    .description = RFC 2228 gives 234 the text “Security data exchange complete.” It defines 234 as the reply to AUTH when the server accepts the named security mechanism and needs no security data from the client. RFC 4217 makes it the reply to an AUTH TLS command that the server will honour, after which the TLS handshake starts on the control connection.
    .seen = You see 234 right after sending AUTH TLS to a server that supports FTP over TLS. RFC 4217 notes that 334 would be incorrect here, because TLS uses no ADAT exchange.
    .fix = Nothing is wrong: the client starts the TLS handshake at once. RFC 4217 resets the login and the transfer parameters after AUTH, so send USER and PASS after the handshake, and PBSZ 0 then PROT to protect data connections.

code-235 = ADAT Exchange Complete
    .description = RFC 2228 defines 235 as the reply to ADAT when the security data exchange has completed successfully. It has no fixed text: RFC 2228 writes it as [ADAT=base64data], where the square brackets are not sent and only mean that the server may add base64 security data for the client.
    .seen = With a mechanism such as GSSAPI or Kerberos version 4, you see 235 at the end of the AUTH and ADAT exchange, often after one or more 335 replies. It never appears with TLS, which uses no ADAT.
    .fix = Nothing is wrong: the security exchange is done. Process any ADAT data in the reply with the mechanism, then continue with USER, and with PBSZ and PROT to protect data transfers.

code-250 = File Action Okay
    .text = Requested file action okay, completed.
    .description = RFC 959 gives 250 the text “Requested file action okay, completed.” It defines 250 as the success reply to file system commands such as CWD, DELE, RMD and RNTO, and as a possible completion reply to a transfer when the server leaves the data connection open. RFC 3659 also uses it for MLST, whose facts come in a multi-line 250 reply on the control connection.
    .seen = You see 250 after changing directory with CWD, deleting a file with DELE, removing a directory with RMD or finishing a rename with RNTO. After a transfer it takes the place of 226 when the data connection stays open, which block and compressed modes allow.
    .fix = Nothing is wrong: the action is done. After STOU, read the unique file name from the preceding 125 or 150 reply, where RFC 1123 moved it from the 250 reply named in RFC 959.

code-257 = Pathname Created
    .text = "PATHNAME" created.
    .description = RFC 959 gives 257 the text “"PATHNAME" created.” It defines 257 as the reply to MKD and PWD, in the form 257 "directory-name" commentary, with each double quote inside the name written twice. After MKD the name must be the absolute pathname of the new directory.
    .seen = You see 257 after PWD, which reports the current working directory, and after MKD has created a directory.
    .fix = Nothing is wrong. Take the name between the opening double quote and its matching closing quote, turn each doubled quote back into one, and use that name whenever you refer to the directory later.
