## 응답 클래스(첫째 자리)와 그룹(둘째 자리), RFC 959 4.2.1절. 클래스 6은 RFC 2228 5.2절.

reply-class-1 = 긍정 예비 응답
    .summary = 첫째 자리 1은 요청한 작업이 시작되고 있다는 뜻입니다. 새 명령을 보내기 전에 다른 응답을 기다리십시오.
reply-class-2 = 긍정 완료 응답
    .summary = 첫째 자리 2는 요청한 작업이 완료되었다는 뜻입니다. 새 명령을 보낼 수 있습니다.
reply-class-3 = 긍정 중간 응답
    .summary = 첫째 자리 3은 명령이 받아들여졌지만, 서버가 추가 정보를 받을 때까지 작업이 보류된다는 뜻입니다.
reply-class-4 = 일시적 부정 완료 응답
    .summary = 첫째 자리 4는 명령이 받아들여지지 않았지만 오류가 일시적이라는 뜻입니다. 나중에 같은 요청을 다시 할 수 있으며, 서버가 연결을 닫았다면(421) 다시 연결한 뒤에 요청합니다.
reply-class-5 = 영구적 부정 완료 응답
    .summary = 첫째 자리 5는 명령이 받아들여지지 않았으며, 같은 순서로 같은 요청을 되풀이해도 소용없다는 뜻입니다.
reply-class-6 = 보호된 응답
    .summary = 첫째 자리 6은 보호된 응답이라는 뜻입니다. 응답 텍스트는 보안 메커니즘으로 인코딩된 또 하나의 응답입니다(RFC 2228).

reply-group-0 = 구문
reply-group-1 = 정보
reply-group-2 = 연결
reply-group-3 = 인증 및 계정
# No reply code of the RFCs has 4 as second digit; kept so that the groups are complete.
# ftpdocs: allow unused-message
reply-group-4 = 미지정
reply-group-5 = 파일 시스템
