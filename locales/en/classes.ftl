## Reply classes (first digit) and groups (second digit), RFC 959 section 4.2.1; class 6
## is RFC 2228 section 5.2.

reply-class-1 = Positive Preliminary
    .summary = The first digit 1 means the requested action is being started: expect another reply before sending a new command.
reply-class-2 = Positive Completion
    .summary = The first digit 2 means the requested action has been completed: a new command may be sent.
reply-class-3 = Positive Intermediate
    .summary = The first digit 3 means the command was accepted but the action is on hold until the server receives more information.
reply-class-4 = Transient Negative Completion
    .summary = The first digit 4 means the command was not accepted, but the error is temporary: the request may be made again later, after reconnecting if the server closed the connection (421).
reply-class-5 = Permanent Negative Completion
    .summary = The first digit 5 means the command was not accepted, and repeating the same request in the same sequence will not help.
reply-class-6 = Protected
    .summary = The first digit 6 means a protected reply: its text is another reply, encoded by the security mechanism (RFC 2228).

reply-group-0 = Syntax
reply-group-1 = Information
reply-group-2 = Connections
reply-group-3 = Authentication and Accounting
# No reply code of the RFCs has 4 as second digit; kept so that the groups are complete.
# ftpdocs: allow unused-message
reply-group-4 = Unspecified
reply-group-5 = File System
