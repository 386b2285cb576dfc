## Reply codes 5yz: permanent negative completion.

code-500 = Command Unrecognized
    .text = Syntax error, command unrecognized.
    .description = RFC 959 gives 500 the text “Syntax error, command unrecognized.” RFC 959 uses 500 when the server cannot make sense of the command itself, and notes that this may include errors such as a command line that is too long. Later RFCs rely on the same reply: a server that does not know AUTH must answer 500 (RFC 2228), and 500 or 502 tells a client that FEAT is not supported (RFC 2389).
    .seen = You see 500 after a misspelled command, after a command name the server does not know, or after a line that is too long. It is also the usual answer of an older server to extension commands it does not implement, such as AUTH, FEAT, EPSV, MLSD or SIZE.
    .fix = Check the spelling of the command and the length of the line your client sends. If the command is an extension, the server does not support it: send FEAT to see which extensions it announces (RFC 2389), or fall back on the RFC 959 command, for example PASV instead of EPSV or LIST instead of MLSD.

code-501 = Syntax Error in Parameters
    .text = Syntax error in parameters or arguments.
    .description = RFC 959 gives 501 the text “Syntax error in parameters or arguments.” RFC 959 uses 501 for a command the server recognizes but whose arguments it cannot accept as written, and lists it for almost every command. Extension RFCs use it the same way, for example for FEAT sent with a parameter (RFC 2389), a malformed EPRT or EPSV (RFC 2428) or ADAT data that is not valid base 64 (RFC 2228).
    .seen = You usually see 501 after a PORT or EPRT command whose address is malformed, after a PBSZ value the server cannot parse, or after a command sent with an argument it does not take, such as FEAT with a parameter. RFC 3659 also prescribes 501 when MLSD names a file rather than a directory, and RFC 7151 when HOST carries a port number.
    .fix = Compare the command your client sent with the syntax its RFC defines, argument by argument: the server understood the command name, so the problem lies in what follows it. To get the facts about a single file, use MLST instead of MLSD, since MLSD only lists directories.

code-502 = Command Not Implemented
    .text = Command not implemented.
    .description = RFC 959 gives 502 the text “Command not implemented.” RFC 959 reserves 502 for a command that asks for an action not specific to the site and that the server does not implement; a command with no relevance on that system gets 202 instead, and an implemented command asked for a parameter it does not implement gets 504. RFC 2228 uses 502 when a server recognizes AUTH but does not implement the security extensions, and RFC 2389 allows 500 or 502 from a server without FEAT.
    .seen = You see 502 when the server has left out a command that RFC 1123 does not require, such as SMNT, REIN, REST or ABOR, or an extension such as FEAT, LANG or AUTH. A client that probes for an extension should read 502, like 500, as a plain no.
    .fix = The command itself is not at fault: the server does not offer it, and repeating it will not help. Reach the same goal another way, for example with a full transfer instead of a REST restart, or ask the administrator whether the feature can be enabled. RFC 1123 requires every server to support commands such as PASV, LIST, DELE, MKD and STAT unless its system does not allow them, so a 502 to one of these points to a server that departs from RFC 1123 or to a limit of its system.

code-503 = Bad Sequence
    .text = Bad sequence of commands.
    .description = RFC 959 gives 503 the text “Bad sequence of commands.” The server understood the command, but it is not valid at this point of the session. RFC 959 lists 503 for PASS, ACCT and RNTO. RFC 2228 section 3 adds it for ADAT sent before AUTH has been accepted or after a completed security exchange that no new AUTH has reset, for PBSZ, MIC, CONF and ENC sent before a security data exchange has completed, for PROT sent before PBSZ, and for MIC, CONF and ENC on a server whose policy requires CCC first. RFC 3659 lists it among the possible replies to MLST and MLSD.
    .seen = The server answers 503 when PASS arrives without a preceding USER, when ACCT is sent before a login has started, or when RNTO does not directly follow RNFR. With security extensions such as TLS, it also answers 503 when PBSZ or PROT arrives before AUTH has succeeded, or PROT before PBSZ. A server that supports RFC 7151 also answers 503 to a HOST command sent after login.
    .fix = Send the commands in the order the protocol requires: USER before PASS, RNFR directly before RNTO, AUTH before PBSZ, and PBSZ before PROT. Check that your client keeps this order after a reconnect, and read the server log to see which command arrived first.

code-504 = Parameter Not Implemented
    .text = Command not implemented for that parameter.
    .description = RFC 959 gives 504 the text “Command not implemented for that parameter.” RFC 959 describes 504 as a refinement of 502: the server implements the command but not the parameter requested, and lists it for MODE, TYPE, STRU and ALLO. Later RFCs reuse it for an unknown AUTH mechanism or PROT level (RFC 2228), a language tag LANG does not implement (RFC 2640) and a virtual host that the HOST command does not know or will not serve (RFC 7151).
    .seen = You see 504 after asking for a transfer mode, type or structure the server lacks, such as MODE B or STRU P, or after AUTH names a mechanism the server does not know. RFC 2577 suggests 504 for a PORT command that names a TCP port below 1024, to block bounce attacks, and RFC 2228 lets a server answer 504 instead of 534 when it does not wish to reveal that it supports the mechanism it refuses.
    .fix = Fall back on the values that RFC 959 and RFC 1123 require every server to accept: MODE S, STRU F, and TYPE A or TYPE I. For AUTH, use a mechanism the server supports, such as TLS (RFC 4217); for a refused PORT, let the client listen on a port above 1023 or use passive mode.

code-521 = Data Connection Cannot Be Opened

code-521-rfc1639 = Address Family Not Supported
    .text = Supported address families are (af1, af2, ..., afn)
    .description = RFC 1639, an experimental extension for long network addresses, adds 521 for a server that supports LPRT or LPSV but not the address family requested. Its suggested text is "Supported address families are (af1, af2, ..., afn)", where the list gives the family numbers the server accepts. Syntax errors in these commands get 500 or 501, as for PORT and PASV.
    .seen = You see this meaning only with clients and servers that use the LPRT and LPSV commands of RFC 1639, after the client asks for a data connection in an address family the server cannot handle.
    .fix = Read the list of families in the reply and send LPRT again with one of them. RFC 1639 numbers families after the IP version (4 for IP), so these values differ from the EPRT ones; for IPv4 and IPv6, the EPRT and EPSV commands of RFC 2428 are the standard choice.

code-521-rfc4217 = Wrong PROT Setting
    .text = data connection cannot be opened with this PROT setting
    .description = RFC 4217, which secures FTP with TLS, reuses 521 for a transfer refused because of the data protection level set with PROT. Its text is "data connection cannot be opened with this PROT setting", and the server sends it to STOR, RETR, NLST, LIST, STOU or APPE before any 1xx reply, so no data connection is opened.
    .seen = You see this 521 on an FTPS server that checks the protection level of each transfer, when the level in force is not the one it requires, typically Clear where it insists on Private. RFC 4217 makes Clear the initial level, so a client that never sends PROT P gets this reply from such a server at its first listing or transfer.
    .fix = After AUTH TLS, send PBSZ 0 and then PROT P, and repeat the command: RFC 4217 requires PBSZ before PROT and uses only the levels C and P. If the client already uses PROT P, ask the administrator which level each transfer requires, since the server may decide per transfer.

code-522 = Extended Port Failure

code-522-rfc2428 = Network Protocol Not Supported
    .text = Network protocol not supported, use (1,2)
    .description = RFC 2428 defines 522 as "Extended Port Failure - unknown network protocol": the server does not support the network protocol named in EPRT, or in EPSV with an argument. The text must end with the supported address family numbers in parentheses, as in "Network protocol not supported, use (1,2)", where 1 stands for IPv4 and 2 for IPv6.
    .seen = You see this 522 when a client sends EPRT with an address family the server does not support, such as an IPv6 address to a server that only handles IPv4, or asks for such a protocol with EPSV 2 or EPSV 1.
    .fix = Read the family numbers between the parentheses and retry with one of them, for example EPRT with an IPv4 address. Plain EPSV without an argument avoids the question, since the server then uses the protocol of the control connection.

code-522-rfc4217 = TLS Negotiation Failed
    .description = RFC 4217 reuses 522 for a failure of TLS on the data connection: after its 150 reply, the server closes the data port and sends 522 when the TLS negotiation failed or was unacceptable. Section 11.4 also lets the server answer a transfer command with 522 when the current data protection level is not sufficient for that transfer. RFC 4217 gives no fixed text for this reply.
    .seen = You see this 522 on FTPS transfers and listings when the TLS handshake on the data connection fails, for example because the server finds the negotiated cipher suite unacceptable. RFC 4217 also lets a server insist that the data connection reuse a cached TLS session, from an earlier data connection or from a control connection since cleared with CCC, and refuse a client that starts a new one.
    .fix = Check the TLS settings your client applies to data connections: enable TLS session reuse for them and offer cipher suites the server accepts, and read the 522 text, which should say why the server refused. If the 522 came straight after the command, set the protection the server requires with PBSZ 0 and PROT P, then try again.

code-530 = Not Logged In
    .text = Not logged in.
    .description = RFC 959 gives 530 the text “Not logged in.” RFC 959 uses 530 to refuse a login, as a reply to USER, PASS or ACCT, and to refuse almost any other command sent before the user has logged in. RFC 2228 adds it for PBSZ and PROT, and RFC 3659 for MLST and MLSD.
    .seen = Most often you see 530 after PASS, because the user name or password is wrong or the account may not log in. It also comes after a command such as CWD, LIST or RETR sent before a successful login. RFC 2577 suggests that servers answer 331 to every USER and refuse the name and password together, so a 530 after PASS does not say which of the two was wrong.
    .fix = Check the user name, the password and any account the server requires, then log in with USER and PASS before other commands. RFC 4217 lets a server refuse commands until the session is protected, so if the server requires FTPS, send AUTH TLS before USER. Avoid repeated attempts: RFC 2577 suggests that servers close the connection with 421 after 3 to 5 failed passwords.

code-532 = Need Account for Storing
    .text = Need account for storing files.
    .description = RFC 959 gives 532 the text “Need account for storing files.” RFC 959 lists 532 for STOR, STOU, APPE and RNTO on servers that ask for account information with ACCT for some operations rather than at login. It explains the choice between 332 and 532: the server replies 332 when it keeps the command pending until ACCT arrives, and 532 when it discards it.
    .seen = You see 532 after logging in without an account, when you upload, append or rename a file on a server that needs account information before it stores files.
    .fix = Send ACCT with your account information, then repeat the command, because after 532 the server has discarded it. Ask the administrator for the account string if you do not have one.

code-533 = Protection Level Denied
    .text = Command protection level denied for policy reasons.
    .description = RFC 2228 gives 533 the text “Command protection level denied for policy reasons.” RFC 2228 defines 533 for a command whose protection the server's policy does not accept: a MIC, CONF or ENC command it refuses, such as CONF before CCC, a CCC that was not itself integrity protected, or any unprotected command when the server requires all commands to be protected. RFC 4217 uses it when CCC arrives on a control connection that TLS does not protect.
    .seen = With TLS, you see 533 when your client sends CCC before AUTH TLS has protected the control connection. With other RFC 2228 mechanisms, it appears when a command is sent in the clear, or with a protection the server's policy rejects.
    .fix = Protect the control connection first: send AUTH TLS and complete the handshake before CCC. With other mechanisms, send the command with the protection the server requires, for example ENC rather than MIC when the policy requires privacy.

code-534 = Denied for Policy Reasons
    .text = Request denied for policy reasons.
    .description = RFC 2228 gives 534 the text “Request denied for policy reasons.” RFC 2228 defines 534 for a request the server could handle but is not willing to accept: a security mechanism named in AUTH, a protection level in PROT, or a CCC that would turn off integrity protection. It also covers STOR, STOU, RETR, LIST, NLST and APPE when the current protection level falls short of what the server requires for that transfer.
    .seen = With FTPS, you see 534 after AUTH TLS when the server is not willing to accept TLS from your client, after a PROT level the server refuses, or after CCC on a server that keeps the control connection encrypted (RFC 4217). Under RFC 2228, a transfer command gets 534 when its data would travel with less protection than the server demands.
    .fix = The refusal is deliberate, so repeating the same request will not help: choose what the server's policy allows, such as another level with PROT, or keep the control connection protected instead of sending CCC. For a refused transfer, raise the protection level, for example with PROT P, then try again, and ask the administrator which levels the policy requires.

code-535 = Failed Security Check
    .text = Failed security check (hash, sequence, etc).
    .description = RFC 2228 gives 535 the text “Failed security check (hash, sequence, etc).” RFC 2228 defines 535 for protected data that does not pass verification: security data in ADAT that the server rejects, for instance because a checksum fails, or a MIC, CONF or ENC command whose check fails. The server also sends it to STOR, STOU, RETR, LIST, NLST or APPE when data protection fails during the transfer, including a block larger than the buffer size negotiated with PBSZ.
    .seen = You see 535 with RFC 2228 mechanisms such as GSS-API or Kerberos, during the ADAT exchange or when a protected command or data block is damaged, replayed or out of sequence. RFC 4217 does not use it for TLS.
    .fix = After a failed ADAT the security exchange has failed, and RFC 2228 requires the client to reset its security state, so start again with AUTH. For a failed transfer, check the buffer size the client set with PBSZ and retry; repeated failures point to a mismatch between the two security implementations or to data altered in transit.

code-536 = PROT Level Not Supported
    .text = Requested PROT level not supported by mechanism.
    .description = RFC 2228 gives 536 the text “Requested PROT level not supported by mechanism.” It defines 536 as the reply to PROT when the server knows the requested level but the security mechanism in use cannot provide it; a level the server does not know gets 504 instead. The levels are C (Clear), S (Safe), E (Confidential) and P (Private).
    .seen = You see 536 after a PROT level the negotiated mechanism lacks, for example PROT S or PROT E on a TLS session: RFC 4217 uses only C and P, because TLS provides integrity and privacy together.
    .fix = Choose a level the mechanism supports: with TLS, PROT P for protected data connections or PROT C for clear ones.

code-537 = Command Protection Not Supported
    .text = Command protection level not supported by security mechanism.
    .description = RFC 2228 gives 537 the text “Command protection level not supported by security mechanism.” It defines 537 as the reply to MIC, CONF or ENC when the security mechanism in use cannot provide that kind of protection for commands. It differs from 533, where the mechanism could provide the protection but the server's policy refuses it.
    .seen = You see 537 with RFC 2228 mechanisms when a client sends, for example, CONF or ENC and the negotiated mechanism offers only integrity protection. TLS sessions under RFC 4217 do not use MIC, CONF or ENC, so you do not normally see it with FTPS clients.
    .fix = Use a protection command that the negotiated mechanism supports, such as MIC, or start a new security exchange with AUTH for a mechanism that provides the protection you need.

code-550 = File Unavailable
    .text = Requested action not taken. File unavailable (e.g., file not found, no access).
    .description = RFC 959 gives 550 the text “Requested action not taken. File unavailable (e.g., file not found, no access).” RFC 959 uses 550 when a file or directory action such as RETR, DELE, CWD, MKD or RNFR fails for good, and RFC 3659 uses it when MDTM, SIZE, MLST or MLSD cannot give information on the name given. Its temporary counterpart is 450.
    .seen = You see 550 when the path is wrong or the file does not exist, or when the account may not read, delete or create the object or enter the directory. RFC 3659 also allows 550 to SIZE when the size is not available, for instance because computing it costs the server too much, and says that such a 550 must not be taken as a sign that the file cannot be transferred.
    .fix = Check the exact path, including upper and lower case, with PWD and a directory listing, and check the permissions of the account on the server. If SIZE or MDTM fails with 550 but the file appears in the listing, go ahead with the transfer without that information.

code-551 = Page Type Unknown
    .text = Requested action aborted: page type unknown.
    .description = RFC 959 gives 551 the text “Requested action aborted: page type unknown.” RFC 959 defines 551 for STOR, STOU and APPE when a file sent with page structure (STRU P) carries a page type the server does not know; the types defined are last page, simple page, descriptor page and access controlled page. Section 4.2.1 of RFC 959 prints the same text with a full stop after "aborted" instead of a colon.
    .seen = You are unlikely to see 551, since it only arises in uploads that use page structure, which RFC 1123 does not recommend implementing. It comes as the final reply of the upload, after the 125 or 150 preliminary reply.
    .fix = Send the file with file structure (STRU F), the default, unless both sides really need page structure. If they do, use only the page types that RFC 959 defines.

code-552 = Storage Allocation Exceeded
    .text = Requested file action aborted. Exceeded storage allocation (for current directory or dataset).
    .description = RFC 959 gives 552 the text “Requested file action aborted. Exceeded storage allocation (for current directory or dataset).” RFC 959 lists 552 for STOR, STOU and APPE, as the final reply after the transfer has started. Unlike 452, a temporary lack of space on the system, 552 reports that the allocation granted for that directory or dataset is used up.
    .seen = You see 552 during or at the end of an upload, when the file would go beyond the space allotted to your account or to the target directory.
    .fix = Free space in your allocation by deleting files you no longer need, or ask the administrator to raise it, then upload again. On servers that need it, the ALLO command lets the client reserve space for a file before sending it.

code-553 = File Name Not Allowed
    .text = Requested action not taken. File name not allowed.
    .description = RFC 959 gives 553 the text “Requested action not taken. File name not allowed.” RFC 959 lists 553 for STOR, STOU, APPE and RNTO, when the server refuses the name given for the file to be created or renamed. RFC 3659 also lists it among the replies possible to MLST and MLSD.
    .seen = You see 553 when an upload or a rename uses a name the server rejects, for example one with characters or a length its file system does not accept, or a location where the account may not create files.
    .fix = Choose a shorter name made of plain letters, digits, dots, hyphens and underscores, and check that the target directory exists and is writable for your account. When the name does not matter, STOU lets the server choose a unique one for the upload.

code-554 = Invalid REST Parameter
    .text = Requested action not taken: invalid REST parameter.
    .description = RFC 1123 gives 554 the text “Requested action not taken: invalid REST parameter.” RFC 1123 defines 554 for a transfer command that follows REST, when the existing file on the server cannot be repositioned as REST asked. RFC 3659 confirms that problems such as a restart marker out of range are reported on that following command, not on REST itself.
    .seen = You see 554 when a client resumes a transfer: REST is answered with 350, then RETR, STOR or APPE fails with 554 because the offset lies beyond the end of the file or does not otherwise match the file on the server.
    .fix = Compare the restart offset with the real size of the file on both sides, for example with SIZE, then resume from a valid offset or send REST 0 to transfer the whole file again. RFC 3659 asks a client whose transfer command failed after REST to send REST again before the next transfer.

code-555 = Type or Structure Mismatch
    .text = Requested action not taken: type or stru mismatch.
    .description = RFC 1123 gives 555 the text “Requested action not taken: type or stru mismatch.” RFC 1123 defines 555 for APPE, or for any transfer command that follows REST, when the current transfer parameters set with TYPE and STRU do not match the attributes of the existing file.
    .seen = You see 555 when appending to a file or resuming its transfer on a system where files keep a type or structure, such as record-structured files, while the session uses different TYPE or STRU values.
    .fix = Set TYPE and STRU to the values used when the file was first stored, then repeat REST and the transfer command. If you do not know them, transfer the whole file again without REST.
