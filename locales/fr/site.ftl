## Le site autour des pages : son nom, sa navigation, sa page d'accueil et sa page 404.

# Le nom de cette langue, dans cette langue : le sélecteur de langue l'affiche tel quel.
language-name = Français
site-name = Codes de réponse FTP
# Le premier lien de chaque page, pour le clavier et les lecteurs d'écran.
site-skip = Aller au contenu
# L'étiquette du sélecteur de langue, lue par les lecteurs d'écran.
site-languages = Langue
site-footer = Chaque page suit les RFC qui définissent FTP et renvoie aux sections qu’elle cite.
# La page racine du site, qui liste les langues.
site-choose-language = Choisissez votre langue.

## Page d'accueil d'une langue.

home-title = Les codes de réponse FTP expliqués
home-lead = Ce que signifie chaque code de réponse FTP, quand vous le rencontrez et que faire, avec des comparaisons côte à côte des codes que l’on confond.
# Une classe de codes de réponse : $digit est le premier chiffre, $name le nom de la classe.
home-class-heading = { $digit }yz : { $name }
home-heading-not-ftp = Nombres qui ne sont pas des réponses FTP

## La page affichée à une adresse sans page.

not-found-title = Page introuvable
not-found-lead = Il n’y a pas de page à cette adresse. Le lien qui vous a mené ici est peut-être erroné, ou la page a été déplacée.
not-found-next = Où aller ensuite
not-found-home = La liste des codes de réponse FTP

## S’orienter : le titre de l’onglet, le fil d’Ariane, précédent et suivant, la table des matières.

# Le titre dans l’onglet du navigateur : $page est le titre de la page, $site le nom du site.
# ftpdocs: same-as-source
site-page-title = { $page } – { $site }
# L’étiquette du fil d’Ariane, lue par les lecteurs d’écran.
site-breadcrumbs = Fil d’Ariane
# La première étape du fil d’Ariane : la page d’accueil de la langue.
site-breadcrumb-home = Codes de réponse
# L’étiquette des liens vers le code précédent et le suivant, lue par les lecteurs d’écran.
site-pager = Code précédent et code suivant
# $title est le titre de la page du code, par exemple « FTP 220 Service prêt ».
site-previous-code = Précédent : { $title }
site-next-code = Suivant : { $title }
# L’étiquette de la table des matières d’une longue page.
site-toc = Sur cette page

## Recherche : le champ de chaque page et la page de recherche.

site-search-label = Rechercher dans le site
site-search-button = Rechercher
search-title = Recherche
search-lead = Cherchez dans toutes les pages de cette langue par numéro de code ou par mots ; les accents n’importent pas.
search-no-results = Aucune page ne correspond à cette recherche.
search-unavailable = La recherche fonctionne une fois le site placé sur un serveur web. Ouvert depuis le disque, utilisez le filtre de la page d’accueil.

## Le tableau des codes de la page d’accueil et son filtre.

home-filter-label = Filtrer les codes
home-filter-none = Aucun code ne correspond à ce filtre.
# ftpdocs: same-as-source
home-column-code = Code
home-column-name = Nom
home-column-class = Classe
home-column-meaning = Signification
