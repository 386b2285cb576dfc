## Reply codes 5yz: permanent negative completion.

code-503 = Bad Sequence
    .description = Bad sequence of commands. The server understood the command, but it is not valid at this point of the session. RFC 959 lists 503 for PASS, ACCT and RNTO; RFC 2228 adds it for ADAT, PBSZ and PROT sent before the security exchange they depend on.
    .seen = The server answers 503 when PASS arrives without a preceding USER, when ACCT is sent before a login has started, or when RNTO does not directly follow RNFR. With security extensions such as TLS, it also answers 503 when PBSZ or PROT arrives before AUTH has succeeded, or PROT before PBSZ. A server that supports RFC 7151 also answers 503 to a HOST command sent after login.
    .fix = Send the commands in the order the protocol requires: USER before PASS, RNFR directly before RNTO, AUTH before PBSZ, and PBSZ before PROT. Check that your client keeps this order after a reconnect, and read the server log to see which command arrived first.
