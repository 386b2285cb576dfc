## Reply codes 4yz: transient negative completion.

code-421 = Service Not Available
    .text = Service not available, closing control connection.
    .description = RFC 959 gives 421 the text “Service not available, closing control connection.” RFC 959 lets a server send 421 as soon as a client connects, if it cannot serve that client, and in reply to any command if the service knows it must shut down; the server then closes the control connection. Like every 4yz reply, it reports a temporary condition: the client may connect again later.
    .seen = You see 421 in place of the 220 greeting if the server cannot accept the session, or in reply to a command while the service shuts down. RFC 2577 suggests sending 421 and closing the connection after 3 to 5 wrong passwords, RFC 7151 uses it for a HOST whose virtual host is temporarily unavailable, and RFC 4217 for a TLS negotiation that failed after AUTH TLS.
    .fix = Wait, then connect again; the text of the reply, meant for the human user, often gives the reason. If it follows several failed logins, check the user name and password before you retry. RFC 1123 advises clients to detect the closing of the control connection rather than interpret 421 specially.

code-425 = Cannot Open Data Connection
    .text = Can't open data connection.
    .description = RFC 959 gives 425 the text “Can't open data connection.” It defines 425 as a transient negative reply: the server could not set up the data connection that a transfer command needs, so no file or listing was sent or received. It places 425 after the preliminary 125 or 150 reply of STOR, STOU, RETR, LIST, NLST and APPE.
    .seen = You see 425 as a listing, download or upload starts. A frequent cause is a firewall or NAT device that blocks the data connection: in active mode (PORT or EPRT) the server cannot reach the address and port the client announced, and in passive mode (PASV or EPSV) the client's connection to the port the server announced never arrives.
    .fix = Check which mode the client uses and that the firewalls on both sides let the data connection through: in active mode, the port the client sends with PORT or EPRT; in passive mode, the ports the server announces in its 227 or 229 replies. Switching the client to passive mode often helps if it sits behind NAT. Being a 4yz reply, 425 allows the transfer to be retried once the connection problem is fixed.

code-426 = Transfer Aborted
    .text = Connection closed; transfer aborted.
    .description = RFC 959 gives 426 the text “Connection closed; transfer aborted.” It defines 426 as the reply that ends a transfer command if the data connection was closed before the transfer completed. Section 4.1.3 of RFC 959 uses it for ABOR: if a transfer is in progress, the server aborts it, closes the data connection, answers the transfer command with 426 and then answers ABOR with 226.
    .seen = You see 426 right after your client sends ABOR during a transfer, followed at once by 226: that is the normal end of a cancelled transfer. It also appears without ABOR if the data connection breaks in the middle of a transfer, for example because a network device cut it or the other end stopped.
    .fix = After an ABOR, nothing is wrong. Otherwise, retry the transfer, using REST to resume where it stopped if the server supports it, and check the network path of the data connection if the error repeats.

code-431 = Security Resource Unavailable
    .text = Need some unavailable resource to process security.
    .description = RFC 2228 gives 431 the text “Need some unavailable resource to process security.” It defines 431 as the reply to AUTH or PROT if the server is not able to accept the requested security mechanism or protection level, for example because a resource it needs is unavailable; a server that is unwilling answers 534 instead. RFC 959 shows a 431 only in an Appendix II example of a CWD on TOPS-20, which is an illustration, not a definition of the code.
    .seen = You see 431 after AUTH or PROT on a server that supports the requested mechanism or protection level but cannot provide it at that moment, because something the mechanism depends on is missing or out of reach.
    .fix = As a 4yz reply, 431 describes a temporary condition: send the command again later. If it persists, the server administrator should look in the server log for the resource the security mechanism is missing.

code-450 = File Temporarily Unavailable
    .text = Requested file action not taken. File unavailable (e.g., file busy).
    .description = RFC 959 gives 450 the text “Requested file action not taken. File unavailable (e.g., file busy).” RFC 959 defines 450 as a transient negative reply: the file action could not be done now, but the same command may succeed later, unlike 550, which reports a permanent condition such as a missing file or no access.
    .seen = You see 450 in reply to RETR, STOR, STOU, APPE, DELE, RNFR, LIST, NLST or STAT if the file or directory is in use or locked, for example by another transfer writing the same file.
    .fix = Wait and send the command again, since the condition is meant to be temporary. If 450 keeps coming back for the same file, find out on the server what keeps it busy.

code-451 = Local Processing Error
    .text = Requested action aborted: local error in processing.
    .description = RFC 959 gives 451 the text “Requested action aborted: local error in processing.” It defines 451 as a transient negative reply: an error on the server side stopped the command, which may succeed if it is repeated later. RFC 2389 also uses 451 as the reply to OPTS if a temporary condition at the server prevents the option from being accepted.
    .seen = You see 451 during or right after a RETR, STOR, STOU, APPE, LIST or NLST, if the server meets a problem of its own, such as a read or write error on its storage or another internal failure.
    .fix = Retry the command later: the error lies on the server side, not in your request. If it repeats, the server administrator should look for the underlying error in the server log.

code-452 = Insufficient Storage Space
    .text = Requested action not taken. Insufficient storage space in system.
    .description = RFC 959 gives 452 the text “Requested action not taken. Insufficient storage space in system.” RFC 959 defines 452 as a transient negative reply to STOR, STOU and APPE: the server does not have enough space to store the file now, a condition that may clear later.
    .seen = You see 452 on an upload with STOR, STOU or APPE to a server whose disk, volume or storage area is full.
    .fix = Free space on the server, or ask its administrator to do so, then repeat the upload. Unlike 552, which means the allocation of your directory or dataset is exceeded, 452 concerns the storage of the whole system.
