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
