## 페이지를 둘러싼 웹사이트: 사이트 이름, 탐색, 홈 페이지, 404 페이지.

# This locale's own name, in its own language: the language switcher shows it as is.
language-name = 한국어
site-name = FTP 응답 코드
# The first link of every page, for keyboard and screen reader users.
site-skip = 본문으로 건너뛰기
# The label of the language switcher, read by screen readers.
site-languages = 언어
site-footer = 모든 페이지는 FTP를 정의하는 RFC를 따르며, 인용한 각 절로 연결되는 링크를 제공합니다.
# The site's root page, which lists the languages.
site-choose-language = 언어를 선택하십시오.

## 각 로캘의 홈 페이지.

home-title = FTP 응답 코드 해설
home-lead = FTP 응답 코드마다 그 의미와 나타나는 경우, 대응 방법을 설명하고, 혼동하기 쉬운 코드를 나란히 비교합니다.
# A class of reply codes: $digit is the first digit, $name the class name.
# ftpdocs: same-as-source
home-class-heading = { $digit }yz: { $name }
home-heading-not-ftp = FTP 응답이 아닌 번호

## 페이지가 없는 주소에서 보여 주는 페이지.

not-found-title = 페이지를 찾을 수 없음
not-found-lead = 이 주소에는 페이지가 없습니다. 여기로 연결된 링크가 잘못되었거나 페이지가 옮겨졌을 수 있습니다.
not-found-next = 다음으로 갈 곳
not-found-home = FTP 응답 코드 목록
