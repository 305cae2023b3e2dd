"""French news bodies written for the blind_b corpus (invented stories).

Paragraphs starting with "* " are story bullet items (rendered with a bullet by the generator).
"""

from __future__ import annotations

STORIES_FR: list[dict[str, object]] = [
    {
        "title": "Sécheresse : les agriculteurs de la Drôme inquiets pour les récoltes",
        "slug": "secheresse-agriculteurs-drome",
        "city": "Valence",
        "topic": "Environnement",
        "tags": ["Sécheresse", "Agriculture", "Drôme"],
        "paras": [
            "Depuis le début du mois de juin, il n'est tombé que quelques millimètres de pluie dans la vallée du Rhône. Dans la Drôme, les préfectures ont déjà placé une trentaine de communes en alerte renforcée.",
            "Les arboriculteurs sont les premiers touchés. « Les abricots sont petits et les pêches risquent de ne pas grossir », explique Martine Roux, qui exploite douze hectares de vergers près de Livron-sur-Drôme.",
            "L'irrigation est désormais interdite entre 9 heures et 19 heures. Les exploitants doivent tenir un registre précis des volumes prélevés, sous peine d'amende.",
            "Des réserves d'eau au cœur du débat",
            "La chambre d'agriculture réclame la création de nouvelles retenues collinaires pour stocker l'eau en hiver. Les associations de défense de l'environnement s'y opposent et plaident pour des cultures moins gourmandes.",
            "« On ne pourra pas continuer à cultiver comme il y a trente ans », reconnaît un technicien de la coopérative locale.",
            "Selon Météo-France, les prochains jours ne devraient pas apporter de précipitations significatives. Un comité sécheresse se réunira de nouveau vendredi pour décider d'éventuelles mesures supplémentaires.",
            "Les particuliers sont eux aussi concernés : le remplissage des piscines privées et le lavage des voitures hors station sont interdits jusqu'à nouvel ordre.",
        ],
    },
    {
        "title": "Lyon : le tramway T10 mis en service avec trois mois de retard",
        "slug": "lyon-tramway-t10-mise-en-service",
        "city": "Lyon",
        "topic": "Métropole",
        "tags": ["Transports", "Tramway", "Lyon"],
        "paras": [
            "La nouvelle ligne de tramway T10 a accueilli ses premiers voyageurs samedi matin. Elle relie la gare de Vénissieux au quartier de Gerland en une vingtaine de minutes.",
            "Le chantier avait pris du retard en raison de la découverte de vestiges archéologiques et de difficultés d'approvisionnement en rails. La mise en service était initialement prévue pour le printemps.",
            "Ce qui change pour les usagers :",
            "* 17 stations sur 8,9 kilomètres ;",
            "* un passage toutes les six minutes aux heures de pointe ;",
            "* des correspondances avec le métro B et le tram T6.",
            "Le président de la métropole a salué « une ligne qui désenclave des quartiers trop longtemps oubliés ». L'opposition dénonce pour sa part un coût final supérieur de 40 millions d'euros aux prévisions.",
            "Les commerçants de l'avenue Jean-Jaurès espèrent retrouver leur clientèle après deux ans de travaux. Plusieurs d'entre eux avaient obtenu des indemnisations.",
            "La gratuité est offerte sur l'ensemble de la ligne jusqu'à dimanche soir.",
        ],
    },
    {
        "title": "Bretagne : un chalutier en difficulté secouru au large de Concarneau",
        "slug": "bretagne-chalutier-secouru-concarneau",
        "city": "Brest",
        "topic": "Faits divers",
        "tags": ["Mer", "Sauvetage", "Finistère"],
        "paras": [
            "Les cinq marins d'un chalutier de 18 mètres ont été secourus dans la nuit de mardi à mercredi, à une quarantaine de milles au sud-ouest de Concarneau. Leur navire avait subi une importante voie d'eau.",
            "L'alerte a été donnée peu avant 2 heures du matin. Le centre régional opérationnel de surveillance et de sauvetage (Cross) d'Étel a aussitôt dépêché un hélicoptère de la Marine nationale ainsi que le canot de la SNSM.",
            "« La mer était formée, avec des creux de trois à quatre mètres », précise la préfecture maritime de l'Atlantique.",
            "Deux marins ont été hélitreuillés, les trois autres ont pu rester à bord pendant que des motopompes étaient déposées sur le pont. Le chalutier a finalement été remorqué jusqu'au port.",
            "Aucun blessé n'est à déplorer. Une enquête administrative a été ouverte pour déterminer l'origine de la voie d'eau.",
            "Le patron de l'armement a tenu à remercier les sauveteurs bénévoles, qui sont intervenus « dans des conditions particulièrement difficiles ».",
        ],
    },
    {
        "title": "Budget : le gouvernement présente un plan d'économies de 20 milliards",
        "slug": "budget-plan-economies-20-milliards",
        "city": "Paris",
        "topic": "Politique",
        "tags": ["Budget", "Gouvernement", "Finances publiques"],
        "paras": [
            "Le gouvernement a présenté mercredi en Conseil des ministres un plan d'économies de 20 milliards d'euros, destiné à ramener le déficit public sous la barre des 5 % du produit intérieur brut l'an prochain.",
            "Les ministères devront réduire leurs dépenses de fonctionnement de 3 % en moyenne. Les collectivités locales sont également mises à contribution, à hauteur de 5 milliards d'euros.",
            "Le ministre de l'Économie a défendu « un effort juste et partagé ». Il a exclu toute hausse générale des impôts, tout en évoquant une contribution exceptionnelle des plus grandes entreprises.",
            "Une opposition vent debout",
            "À gauche comme à l'extrême droite, les critiques ont fusé. Plusieurs députés ont d'ores et déjà annoncé le dépôt d'une motion de censure si le texte devait être adopté sans vote.",
            "Les associations d'élus locaux dénoncent de leur côté un transfert de charges déguisé. « On nous demande de faire plus avec moins, encore une fois », a réagi le président d'une association de maires ruraux.",
            "Le Haut Conseil des finances publiques doit rendre son avis sur les hypothèses de croissance dans les prochains jours. L'examen du projet de loi de finances débutera à l'Assemblée nationale à la mi-octobre.",
            "Le texte prévoit aussi la suppression de plusieurs niches fiscales jugées peu efficaces, dont la liste complète sera publiée en annexe.",
        ],
    },
    {
        "title": "Festival d'Avignon : une édition record avec plus de 140 000 billets vendus",
        "slug": "festival-avignon-edition-record",
        "city": "Avignon",
        "topic": "Culture",
        "tags": ["Théâtre", "Festival d'Avignon", "Culture"],
        "paras": [
            "Le Festival d'Avignon a refermé ses portes dimanche sur un bilan historique. Selon la direction, plus de 140 000 billets ont été vendus pour les spectacles du In, soit un taux de remplissage de 94 %.",
            "Cette édition était placée sous le signe des langues étrangères, avec une quinzaine de créations venues d'Espagne, du Portugal et d'Amérique latine.",
            "Le spectacle d'ouverture dans la Cour d'honneur du Palais des papes, une adaptation de quatre heures d'un roman colombien, a divisé la critique mais a fait salle comble chaque soir.",
            "« Le public a montré qu'il avait soif de découvertes », s'est félicité le directeur du festival lors de la conférence de presse de clôture.",
            "Le Off, qui réunit plus de 1 600 spectacles dans les salles de la ville, affiche lui aussi une fréquentation en hausse. Les compagnies continuent cependant de dénoncer le coût de la location des salles.",
            "La prochaine édition se tiendra du 4 au 25 juillet.",
        ],
    },
    {
        "title": "Ligue 1 : Lens renverse Nantes dans les dix dernières minutes",
        "slug": "ligue-1-lens-renverse-nantes",
        "city": "Lens",
        "topic": "Sport",
        "tags": ["Football", "Ligue 1", "RC Lens"],
        "paras": [
            "Mené 1-0 jusqu'à la 81e minute, le RC Lens a arraché la victoire face au FC Nantes (2-1), samedi soir au stade Bollaert-Delelis, devant près de 38 000 spectateurs.",
            "Les Nantais avaient ouvert le score juste avant la mi-temps sur un contre rapide. Les Lensois ont longtemps buté sur un gardien en grande forme.",
            "L'entrée en jeu de deux attaquants a changé la physionomie de la rencontre. Le premier a égalisé de la tête sur un corner, avant que le second ne donne l'avantage aux Sang et Or dans le temps additionnel.",
            "« On n'a jamais lâché, c'est l'état d'esprit de ce groupe », a résumé l'entraîneur lensois au micro des diffuseurs.",
            "Avec ce succès, Lens remonte à la quatrième place du classement. Nantes reste englué dans la seconde moitié du tableau.",
        ],
    },
]
