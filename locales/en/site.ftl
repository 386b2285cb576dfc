## The website around the pages: its name, navigation, home page and 404 page.

# This locale's own name, in its own language: the language switcher shows it as is.
language-name = English
site-name = FTP Reply Codes
# The first link of every page, for keyboard and screen reader users.
site-skip = Skip to content
# The label of the language switcher, read by screen readers.
site-languages = Language
site-footer = Every page follows the RFCs that define FTP and links to the sections it cites.
# The site's root page, which lists the languages.
site-choose-language = Choose your language.

## Home page of a locale.

home-title = FTP reply codes, explained
home-lead = What each FTP reply code means, when you meet it and what to do about it, with side-by-side comparisons of the codes people confuse.
# A class of reply codes: $digit is the first digit, $name the class name.
home-class-heading = { $digit }yz: { $name }
home-heading-not-ftp = Numbers that are not FTP replies

## The page shown at an address with no page.

not-found-title = Page not found
not-found-lead = There is no page at this address. The link that led here may be wrong, or the page may have moved.
not-found-next = Where to go next
not-found-home = The list of FTP reply codes

## Finding one's way: the tab's title, breadcrumbs, previous and next, table of contents.

# The title in the browser's tab: $page is the page's title, $site the site's name.
site-page-title = { $page } – { $site }
# The label of the breadcrumbs, read by screen readers.
site-breadcrumbs = Breadcrumbs
# The first step of the breadcrumbs: the home page of the language.
site-breadcrumb-home = Reply codes
# The label of the links to the previous and next code, read by screen readers.
site-pager = Previous and next code
# $title is the title of the code's page, such as "FTP 220 Service Ready".
site-previous-code = Previous: { $title }
site-next-code = Next: { $title }
# The label of a long page's table of contents.
site-toc = On this page

## Search: the box on every page and the search page.

site-search-label = Search the site
site-search-button = Search
search-title = Search
search-lead = Search every page in this language by code number or by words; accents do not matter.
search-no-results = No page matches this search.
search-unavailable = Search works once the site is on a web server. Opened from disk, use the filter of the home page.

## The home page's table of codes and its filter.

home-filter-label = Filter the codes
home-filter-none = No code matches this filter.
home-column-code = Code
home-column-name = Name
home-column-class = Class
home-column-meaning = Meaning
