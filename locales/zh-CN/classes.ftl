## Reply classes (first digit) and groups (second digit), RFC 959 section 4.2.1; class 6
## is RFC 2228 section 5.2.

reply-class-1 = 肯定预备应答
    .summary = 第一位数字为 1，表示所请求的操作已经开始：在发送新命令之前，应先等待另一个应答。
reply-class-2 = 肯定完成应答
    .summary = 第一位数字为 2，表示所请求的操作已成功完成：可以发送新命令。
reply-class-3 = 肯定中间应答
    .summary = 第一位数字为 3，表示命令已被接受，但操作暂缓执行，需等服务器收到更多信息后才能继续。
reply-class-4 = 暂时否定完成应答
    .summary = 第一位数字为 4，表示命令未被接受，但错误是暂时的：稍后可以再次发出请求；如果服务器已关闭连接（421），需先重新连接。
reply-class-5 = 永久否定完成应答
    .summary = 第一位数字为 5，表示命令未被接受，按相同顺序重复相同的请求也无济于事。
reply-class-6 = 受保护应答
    .summary = 第一位数字为 6，表示受保护的应答：其文本是经安全机制编码的另一个应答（RFC 2228）。

reply-group-0 = 语法
reply-group-1 = 信息
reply-group-2 = 连接
reply-group-3 = 认证和账户
# No reply code of the RFCs has 4 as second digit; kept so that the groups are complete.
# ftpdocs: allow unused-message
reply-group-4 = 未指定
reply-group-5 = 文件系统
