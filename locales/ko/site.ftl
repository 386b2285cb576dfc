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

## 길 찾기: 탭 제목, 이동 경로, 이전 코드와 다음 코드, 목차.

# The title in the browser's tab: $page is the page's title, $site the site's name.
# ftpdocs: same-as-source
site-page-title = { $page } – { $site }
# The label of the breadcrumbs, read by screen readers.
site-breadcrumbs = 이동 경로
# The first step of the breadcrumbs: the home page of the language.
site-breadcrumb-home = 응답 코드
# The label of the links to the previous and next code, read by screen readers.
site-pager = 이전 코드와 다음 코드
# $title is the title of the code's page, such as "FTP 220 서비스 준비".
site-previous-code = 이전: { $title }
site-next-code = 다음: { $title }
# The label of a long page's table of contents.
site-toc = 이 페이지의 내용

## 검색: 모든 페이지의 검색 상자와 검색 페이지.

site-search-label = 사이트 검색
site-search-button = 검색
search-title = 검색
search-lead = 이 언어의 모든 페이지를 코드 번호나 단어로 검색합니다. 악센트 부호는 구분하지 않습니다.
search-no-results = 이 검색어와 일치하는 페이지가 없습니다.
search-unavailable = 검색은 사이트가 웹 서버에 올라가 있을 때 작동합니다. 디스크에서 파일로 열었다면 홈 페이지의 필터를 사용하십시오.

## 홈 페이지의 코드 표와 필터.

home-filter-label = 코드 필터
home-filter-none = 이 필터와 일치하는 코드가 없습니다.
home-column-code = 코드
home-column-name = 이름
home-column-class = 클래스
home-column-meaning = 의미
