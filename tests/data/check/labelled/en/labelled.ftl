# English reference strings of the labelled test set (written for ftpdocs).

lab-001 = The server is ready for a new user.

lab-002 = The command was accepted and carried out.

lab-003 = The server closes the control connection.

lab-004 = Log in again with a valid user name and password.

lab-005 = The file is not available right now.

lab-006 = Check the firewall rules between the client and the server.

lab-007 = The transfer ended before all the data arrived.

lab-008 = Passive mode asks the server to open a port and wait.

lab-009 = Ask your hosting provider which ports are open.

lab-010 = The directory was created.

lab-011 = The name of the file is not allowed on this server.

lab-012 = Your session has been idle for too long.

lab-013 = Reconnect and resume the transfer where it stopped.

lab-014 = The storage space on the server is full.

lab-015 = Delete old files or ask for a larger quota.

lab-016 = The server does not understand this command.

lab-017 = Update your client to a recent version.

lab-018 = The data connection could not be opened.

lab-019 = A secure connection is required before you log in.

lab-020 = Turn on encryption in the settings of your client.

lab-021 = The server needs an account for storing files.

lab-022 = This reply is only informational: nothing is wrong.

lab-023 = Wait a few minutes, then try again.

lab-024 = The requested action was aborted by a local error.

lab-025 = The file name is already taken.

lab-026 = Rename the file before you upload it.

lab-027 = The server refuses anonymous logins.

lab-028 = The page lists every reply code defined by the standards.

lab-029 = Each code has three digits; the first one gives the class.

lab-030 = A positive preliminary reply means more replies will follow.

lab-031 = The transfer type was changed to binary.

lab-032 = Text mode may alter line endings.

lab-033 = Use binary mode for images and archives.

lab-034 = The server is shutting down for maintenance.

lab-035 = Your password has expired; choose a new one.

lab-036 = The connection was reset by the other side.

lab-037 = Network equipment in between may have dropped it.

lab-038 = Look at the server log to find the cause.

lab-039 = The timeout of the server is shorter than the transfer.

lab-040 = Split large files into smaller parts.

lab-041 = The checksum of the downloaded file does not match.

lab-042 = Download the file again over a stable network.

lab-043 = You do not have permission to read this folder.

lab-044 = Ask the administrator to grant you access.

lab-045 = The server supports the extensions listed below.

lab-046 = Key differences between the two codes

lab-047 = When to use which

lab-048 = How to fix it

lab-049 = When you see it

lab-050 = Learn more in the standards

lab-051 = Numbers that are not FTP replies

lab-052 = This number comes from the Windows socket library, not from the server.

lab-053 = The remote host forcibly closed an existing connection.

lab-054 = The connection attempt timed out.

lab-055 = Make sure the host name is spelled correctly.

lab-056 = The server asks for your password next.

lab-057 = You are now logged in.

lab-058 = Logging out ends the session cleanly.

lab-059 = The restart marker tells where to resume.

lab-060 = Not every server supports resuming transfers.

lab-061 = Settings were saved.

lab-062 = Open the documentation in a new window.

lab-063 = Search the list of codes

lab-064 = No result matches your search.

lab-065 = The translation of this page is being reviewed.

lab-066 = Report a mistake on this page.

lab-067 = Thank you for your help.

lab-068 = This page was last updated last month.

lab-069 = You encounter this reply when you skip a step of the login.

lab-070 = The server sends this reply as soon as the connection opens.

lab-071 = Check that your client sends the commands in the right order.

lab-072 = Firewalls often block the ports used in active mode.

lab-073 = If you log out, log in again later.

lab-074 = Reply { $code } means the service is ready.

lab-075 = { $code } and { $other } are often confused.

lab-076 = { $count } files were transferred.

lab-077 = Compare { $first } with { $second }

lab-078 = Defined in RFC { $rfc }, section { $section }.

lab-079 = Commands that can return { $code }

lab-080 = { -brand } checks every string before it ships.

lab-081 = Open { $path } to see the details.

lab-082 = The server { $host } did not answer.

lab-083 = Connected to { $host } on port { $port }.

lab-084 = { $user } is logged in.

lab-085 = Last checked on { $date }.

lab-086 = { $name } asked for an encrypted conversation.

lab-087 = Reply { $code }: { $text }

lab-088 = The class { $class } groups codes that start with { $digit }.

lab-089 = Uploaded { $done } of { $total } bytes.

lab-090 = See also { $code }

lab-091 = Read <a href="{ $url }">the full standard</a>.

lab-092 = Code { $code } is a <strong>permanent</strong> failure.

lab-093 = { $count } locales are checked.

lab-094 = Yes

lab-095 = No

lab-096 = Cancel

lab-097 = Close

lab-098 = Search

lab-099 = Settings

lab-100 = Next

lab-101 = Previous

lab-102 = Download

lab-103 = Upload

lab-104 = Service ready

lab-105 = Bad sequence

lab-106 = Not logged in

lab-107 = File unavailable

lab-108 = Help

lab-109 = Back to the list

lab-110 = Related codes

lab-111 = PASV

lab-112 = USER, PASS, ACCT

lab-113 = EPSV

lab-114 = RFC 959

lab-115 = WSAECONNRESET (10054)

lab-116 = Send USER, then PASS.

lab-117 = Use PASV or EPSV behind a firewall.

lab-118 = RNFR must come right before RNTO.

lab-119 = AUTH TLS, then PBSZ 0, then PROT P.

lab-120 = Description

lab-121 = Message

lab-122 = Version

lab-123 = Transfer

lab-124 = The server is ready for a new user.

lab-125 = Check the firewall rules between the client and the server.

lab-126 = Log in again with a valid user name and password.

lab-127 = Key differences

lab-128 = How to fix it

lab-129 = The data connection could not be opened.

lab-130 = Reply { $code } means the service is ready.

lab-131 = Cancel

lab-132 = Wait a few minutes, then try again.

lab-133 = The storage space on the server is full.

lab-134 = Ask your hosting provider which ports are open.

lab-135 = The transfer ended before all the data arrived.

lab-136 = Update your client to a recent version.

lab-137 = Your session has been idle for too long.

lab-138 = Passive mode asks the server to open a port and wait.

lab-139 = The server is ready. Log in with USER and PASS.

lab-140 = Bad sequence of commands. The server understood the command but not now.

lab-141 = You see it after RNFR. Send RNTO right after RNFR.

lab-142 = Check the firewall. Then try passive mode.

lab-143 = The file is not available. It may be locked.

lab-144 = Reconnect later. The server is under maintenance.

lab-145 = Your quota is full. Delete old files.

lab-146 = Encryption is required. Turn it on in your client.

lab-147 = The connection was reset. Try again.

lab-148 = The server refuses anonymous logins. Use an account.

lab-149 = Reply { $code } is final. Do not retry the same command.

lab-150 = { $code } means the service is ready. Log in next.

lab-151 = The transfer failed. Check the network and resume.

lab-152 = The directory was created. You can upload files into it.

lab-153 = The checksum does not match. Download again.

lab-154 = Ask the administrator for access.

lab-155 = Binary mode keeps files intact.

lab-156 = The server sends this reply when the connection opens.

lab-157 = The name is taken. Rename the file.

lab-158 = Not logged in. Send USER and PASS first.

lab-159 = Timeout. The server closed the idle session.

lab-160 = Passive mode. The server opens a port.

lab-161 = The restart marker tells where to resume.

lab-162 = Look at the log.

lab-163 = Reply { $code }: { $text }. See the standard.

lab-164 = Read <a href="{ $url }">the standard</a>. It defines every code.

lab-165 = Firewalls block active mode. Use passive mode.

lab-166 = Settings were saved. Restart the client.

lab-167 = Wait and retry. The server is busy.

lab-168 = Compare { $first } with { $second }. They differ in class.

lab-169 = The server needs an account. Send ACCT.

lab-170 = Your password expired. Choose a new one.

lab-171 = The page lists every reply code.

lab-172 = Not every server supports this extension.

lab-173 = The connection timed out. Check the host name.

lab-174 = Send the commands in the order the protocol requires.

lab-175 = The remote host closed the connection. Check the network.
