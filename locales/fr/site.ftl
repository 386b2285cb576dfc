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
