## Reply codes 6yz: protected replies.

code-631 = Integrity Protected Reply
    .description = RFC 2228 defines 631 as an integrity protected reply. It has no fixed text: the text part is a base64-encoded "safe" message, produced by the integrity procedure of the security mechanism, which carries the actual reply of the server. A protected reply may only be sent after a security data exchange has succeeded.
    .seen = You see 631 after AUTH and a successful ADAT exchange: with a mechanism that supports integrity, RFC 2228 requires commands protected with MIC or ENC and replies in 631 or 632 until CCC is accepted. A 631 reply may span several lines, each carrying one base64 fragment.
    .fix = Nothing is wrong: the client decodes the base64 text, verifies it with the security mechanism and handles the reply inside. If your client displays the raw 631 line, it is not decoding protected replies; use a client that supports the mechanism negotiated with AUTH.

code-632 = Private Protected Reply
    .description = RFC 2228 defines 632 as a confidentiality and integrity protected reply. It has no fixed text: the text part is a base64-encoded "private" message, produced by the confidentiality and integrity procedure of the security mechanism, which carries the actual reply of the server. A protected reply may only be sent after a security data exchange has succeeded.
    .seen = You see 632 after AUTH and a successful ADAT exchange, if the control connection is protected for both confidentiality and integrity; the matching command is ENC, whose argument is also a "private" message. Like 631, a 632 reply may span several lines of base64 fragments.
    .fix = Nothing is wrong: the client decodes the base64 text, unwraps it with the security mechanism and handles the reply inside. If your client displays the raw 632 line, it is not decoding protected replies; use a client that supports the mechanism negotiated with AUTH.

code-633 = Confidentiality Protected Reply
    .description = RFC 2228 defines 633 as a confidentiality protected reply. It has no fixed text: the text part is a base64-encoded "confidential" message, produced by the confidentiality procedure of the security mechanism, which carries the actual reply of the server. A protected reply may only be sent after a security data exchange has succeeded.
    .seen = You see 633 only with a mechanism and a server policy that allow confidentiality without integrity on the control connection; the matching command is CONF, whose argument is also a "confidential" message. While integrity is available, RFC 2228 requires MIC or ENC until CCC, and a server may refuse a CONF received before CCC with 533.
    .fix = Nothing is wrong: the client decodes the base64 text with the security mechanism and handles the reply inside. Keep in mind that a 633 reply has no integrity protection, so nothing guarantees that it was not altered on the way.
