#include "CharterDefaults.h"

namespace {

bool isEnglish(const QString &language) {
    return language == QLatin1String("en");
}

struct Section {
    const char *key;
    const char *titleFr;
    const char *titleEn;
    const char *fr;
    const char *en;
};

// Our own words; the reference charter only showed what such a page must cover.
const Section defaults[] = {
    {"introduction", "Introduction", "Introduction",
     "Le site {site} ({url}) dépose des cookies et utilise des technologies comparables. Cette "
     "charte dit lesquels, à quoi ils servent, combien de temps ils sont conservés et comment vous "
     "pouvez les accepter, les refuser ou changer d'avis.",
     "The website {site} ({url}) sets cookies and uses similar technologies. This policy explains "
     "which ones, what they are for, how long they are kept and how you can accept them, refuse "
     "them or change your mind."},
    {"what-is-a-cookie", "Qu'est-ce qu'un cookie ?", "What is a cookie?",
     "## Qu'est-ce qu'un cookie ?\n\n"
     "Un cookie est un petit fichier texte, désigné par un nom, qu'un site enregistre dans votre "
     "navigateur lorsque vous le consultez. Le navigateur le garde pendant une durée fixée et le "
     "renvoie au site à chacune de vos visites. Un cookie peut par exemple retenir que vous êtes "
     "connecté, la langue que vous avez choisie ou la façon dont vous parcourez les pages.\n\n"
     "D'autres techniques fonctionnent de la même manière et suivent les mêmes règles : le "
     "stockage local du navigateur (*localStorage*, *sessionStorage*, *IndexedDB*) et les pixels "
     "invisibles. Dans cette charte, le mot « cookie » les désigne tous.",
     "## What is a cookie?\n\n"
     "A cookie is a small named text file that a website stores in your browser when you visit "
     "it. The browser keeps it for a set time and sends it back to the site on each visit. A "
     "cookie can, for instance, remember that you are signed in, which language you chose or how "
     "you move from page to page.\n\n"
     "Other techniques work the same way and follow the same rules: the browser's local storage "
     "(*localStorage*, *sessionStorage*, *IndexedDB*) and invisible pixels. In this policy, the "
     "word \"cookie\" covers them all."},
    {"kinds", "Les types de cookies", "Kinds of cookies",
     "## Les types de cookies\n\n"
     "Selon leur rôle, on distingue :\n\n"
     "- les cookies **nécessaires**, sans lesquels le site ne peut pas fonctionner (connexion, "
     "sécurité, mémorisation de vos choix sur les cookies) ; ils ne demandent pas votre "
     "consentement ;\n"
     "- les cookies de **préférences**, qui retiennent vos réglages, comme la langue ou "
     "l'affichage ;\n"
     "- les cookies de **mesure d'audience** (statistiques), qui comptent les visites et les pages "
     "vues ; lorsqu'ils restent anonymes, servent au seul site et durent au plus 13 mois, ils "
     "peuvent être exemptés de consentement ;\n"
     "- les cookies **marketing**, qui suivent votre navigation pour vous proposer des contenus ou "
     "des publicités ciblés ; ils ne sont jamais déposés sans votre accord.\n\n"
     "Selon qui les dépose, on distingue aussi les cookies **internes** (*first-party*), déposés "
     "par le site que vous consultez, et les cookies **tiers** (*third-party*), déposés par un "
     "autre acteur, par exemple le fournisseur d'une vidéo ou d'un outil de statistiques intégré "
     "à la page. Un cookie tiers permet à ce fournisseur de reconnaître votre navigateur d'un site "
     "à l'autre.",
     "## Kinds of cookies\n\n"
     "By purpose, there are:\n\n"
     "- **strictly necessary** cookies, without which the site cannot work (signing in, "
     "security, remembering your cookie choices); they do not need your consent;\n"
     "- **preference** cookies, which remember your settings, such as language or display;\n"
     "- **audience measurement** (statistics) cookies, which count visits and page views; when "
     "they stay anonymous, serve this site only and last 13 months at most, they may be exempt "
     "from consent;\n"
     "- **marketing** cookies, which follow your browsing to offer you targeted content or "
     "advertising; they are never set without your consent.\n\n"
     "By who sets them, there are **first-party** cookies, set by the site you are visiting, and "
     "**third-party** cookies, set by someone else, such as the provider of a video or a "
     "statistics tool embedded in the page. A third-party cookie lets that provider recognise "
     "your browser from one site to another."},
    {"cookies-used", "Les cookies de ce site", "The cookies this site uses",
     "## Les cookies utilisés sur {site}\n\n"
     "Les tableaux ci-dessous listent chaque cookie déposé par le site, le service auquel il "
     "appartient, son prestataire, sa finalité et, lorsqu'elle est connue, sa durée de "
     "conservation.",
     "## The cookies used on {site}\n\n"
     "The tables below list every cookie the site sets, the service it belongs to, its provider, "
     "its purpose and, where known, how long it is kept."},
    {"consent", "Votre consentement", "Your consent",
     "## Accepter, refuser, changer d'avis\n\n"
     "Lors de votre première visite, un bandeau vous permet d'accepter ou de refuser les cookies "
     "soumis à consentement, en bloc ou par catégorie. Refuser est aussi simple qu'accepter, et "
     "refuser ne vous empêche pas d'utiliser le site.\n\n"
     "Vous pouvez changer d'avis à tout moment avec le lien « Gérer mes cookies » présent en bas "
     "de chaque page. Votre choix, qu'il s'agisse d'un accord ou d'un refus, est conservé "
     "**6 mois** ; le bandeau vous est ensuite présenté de nouveau. Les cookies déposés avec votre "
     "accord ne sont jamais conservés plus de 13 mois.",
     "## Accepting, refusing, changing your mind\n\n"
     "On your first visit, a banner lets you accept or refuse the cookies that need consent, all "
     "at once or by category. Refusing is as easy as accepting, and refusing does not stop you "
     "from using the site.\n\n"
     "You can change your mind at any time with the \"Manage my cookies\" link at the bottom of "
     "every page. Your choice, whether you accept or refuse, is kept for **6 months**; after that "
     "the banner is shown again. Cookies set with your consent are never kept for more than 13 "
     "months."},
    {"browser", "Paramétrer votre navigateur", "Setting your browser",
     "## Paramétrer votre navigateur\n\n"
     "Vous pouvez aussi bloquer ou supprimer les cookies depuis votre navigateur. Bloquer les "
     "cookies nécessaires peut empêcher certaines fonctions du site, comme la connexion.\n\n"
     "- **Firefox** : Paramètres > Vie privée et sécurité > Cookies et données de sites ;\n"
     "- **Chrome** : Paramètres > Confidentialité et sécurité > Cookies tiers ;\n"
     "- **Edge** : Paramètres > Cookies et autorisations de site ;\n"
     "- **Safari** : Réglages > Confidentialité > Gérer les données de sites web.",
     "## Setting your browser\n\n"
     "You can also block or delete cookies in your browser. Blocking necessary cookies may stop "
     "some features of the site from working, such as signing in.\n\n"
     "- **Firefox**: Settings > Privacy & Security > Cookies and Site Data;\n"
     "- **Chrome**: Settings > Privacy and security > Third-party cookies;\n"
     "- **Edge**: Settings > Cookies and site permissions;\n"
     "- **Safari**: Settings > Privacy > Manage Website Data."},
    {"contact", "Nous contacter", "Contact",
     "## Nous contacter\n\n"
     "Pour toute question sur les cookies de ce site ou pour exercer vos droits sur vos données, "
     "contactez {contact}. Si vous estimez que vos droits ne sont pas respectés, vous pouvez "
     "saisir la Commission nationale de l'informatique et des libertés (CNIL).",
     "## Contact\n\n"
     "For any question about this site's cookies, or to exercise your rights over your data, "
     "contact {contact}. If you believe your rights are not respected, you may lodge a complaint "
     "with the French data protection authority (CNIL)."},
};

const Section *find(const QString &key) {
    for (const Section &section : defaults) {
        if (key == QLatin1String(section.key))
            return &section;
    }
    return nullptr;
}

} // namespace

namespace CharterDefaults {

QStringList sections() {
    QStringList keys;
    for (const Section &section : defaults)
        keys.append(QLatin1String(section.key));
    return keys;
}

bool isSection(const QString &key) {
    return find(key) != nullptr;
}

QString sectionTitle(const QString &section, const QString &language) {
    const Section *found = find(section);
    if (!found)
        return section;
    return QString::fromUtf8(isEnglish(language) ? found->titleEn : found->titleFr);
}

QString text(const QString &section, const QString &language) {
    const Section *found = find(section);
    if (!found)
        return QString();
    return QString::fromUtf8(isEnglish(language) ? found->en : found->fr);
}

QString documentTitle(const QString &language) {
    return isEnglish(language) ? QStringLiteral("Cookie policy") : QStringLiteral("Charte cookies");
}

QString updatedOn(const QString &language) {
    return isEnglish(language) ? QStringLiteral("Updated on %1")
                               : QStringLiteral("Mise à jour le %1");
}

QString categoryCaption(Category category, const QString &language) {
    const bool en = isEnglish(language);
    switch (category) {
    case Category::Necessary:
        return en ? QStringLiteral("Strictly necessary cookies")
                  : QStringLiteral("Cookies nécessaires au fonctionnement du site");
    case Category::Preferences:
        return en ? QStringLiteral("Preference cookies") : QStringLiteral("Cookies de préférences");
    case Category::Statistics:
        return en ? QStringLiteral("Audience measurement cookies")
                  : QStringLiteral("Cookies de mesure d'audience");
    case Category::Marketing:
        return en ? QStringLiteral("Marketing and advertising cookies")
                  : QStringLiteral("Cookies marketing et publicitaires");
    case Category::Unclassified:
        break;
    }
    return en ? QStringLiteral("Cookies not yet classified")
              : QStringLiteral("Cookies en cours de classement");
}

QString categoryNote(Category category, const QString &language) {
    const bool en = isEnglish(language);
    switch (category) {
    case Category::Necessary:
        return en ? QStringLiteral("These cookies are needed for the site to work; they do not "
                                   "require your consent.")
                  : QStringLiteral("Ces cookies sont indispensables au fonctionnement du site ; "
                                   "ils ne requièrent pas votre consentement.");
    case Category::Preferences:
        return en ? QStringLiteral("These cookies remember your settings; they are set only with "
                                   "your consent.")
                  : QStringLiteral("Ces cookies retiennent vos réglages ; ils ne sont déposés "
                                   "qu'avec votre accord.");
    case Category::Statistics:
        return en ? QStringLiteral("These cookies measure how the site is used; unless stated as "
                                   "exempt, they are set only with your consent.")
                  : QStringLiteral("Ces cookies mesurent la fréquentation du site ; sauf exemption "
                                   "indiquée, ils ne sont déposés qu'avec votre accord.");
    case Category::Marketing:
        return en ? QStringLiteral("These cookies follow your browsing for advertising; they are "
                                   "set only with your consent.")
                  : QStringLiteral("Ces cookies suivent votre navigation à des fins publicitaires "
                                   "; ils ne sont déposés qu'avec votre accord.");
    case Category::Unclassified:
        break;
    }
    return en ? QStringLiteral("These cookies are being reviewed; until then they are set only "
                               "with your consent.")
              : QStringLiteral("Ces cookies sont en cours d'examen ; d'ici là, ils ne sont déposés "
                               "qu'avec votre accord.");
}

QString columnLabel(int column, const QString &language) {
    const bool en = isEnglish(language);
    switch (column) {
    case 0:
        return en ? QStringLiteral("Provider") : QStringLiteral("Nom du prestataire");
    case 1:
        return en ? QStringLiteral("Service and location")
                  : QStringLiteral("Service et emplacement");
    case 2:
        return en ? QStringLiteral("Cookie name") : QStringLiteral("Nom du cookie");
    case 3:
        return en ? QStringLiteral("Purpose") : QStringLiteral("Finalités");
    case 4:
        return en ? QStringLiteral("Duration") : QStringLiteral("Durée");
    default:
        break;
    }
    return en ? QStringLiteral("Provider's privacy policy")
              : QStringLiteral("Politique du prestataire");
}

QString patternName(const QString &prefix, const QString &language) {
    return (isEnglish(language) ? QStringLiteral("names starting with %1")
                                : QStringLiteral("noms commençant par %1"))
        .arg(prefix);
}

QString privacyLinkText(const QString &language) {
    return isEnglish(language) ? QStringLiteral("Privacy policy")
                               : QStringLiteral("Politique de confidentialité");
}

QString noCookies(const QString &language) {
    return isEnglish(language) ? QStringLiteral("This site sets no cookies.")
                               : QStringLiteral("Ce site ne dépose aucun cookie.");
}

QString noContact(const QString &language) {
    return isEnglish(language) ? QStringLiteral("the site's data protection contact")
                               : QStringLiteral("le responsable du traitement du site");
}

} // namespace CharterDefaults
