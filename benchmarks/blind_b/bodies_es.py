"""Spanish news bodies written for the blind_b corpus (invented stories).

Paragraphs starting with "* " are story bullet items (rendered with a bullet by the generator).
"""

from __future__ import annotations

STORIES_ES: list[dict[str, object]] = [
    {
        "title": "El Ayuntamiento aprueba la ampliación del carril bici hasta el puerto",
        "slug": "ayuntamiento-ampliacion-carril-bici-puerto",
        "city": "Valencia",
        "topic": "Local",
        "tags": ["Movilidad", "Bicicleta", "Valencia"],
        "paras": [
            "El pleno del Ayuntamiento aprobó este jueves la ampliación del carril bici que conectará el centro histórico con la zona portuaria. Las obras comenzarán en septiembre y tendrán un plazo de ejecución de ocho meses.",
            "El nuevo tramo tendrá una longitud de 3,4 kilómetros y discurrirá por la avenida del Puerto, una de las vías con más tráfico de la ciudad. El proyecto supone eliminar un carril de circulación en cada sentido.",
            "La concejala de Movilidad defendió que la medida «responde a una demanda histórica de los vecinos» y recordó que el uso de la bicicleta ha crecido un 30 % en los últimos dos años.",
            "Los comerciantes, divididos",
            "La asociación de comerciantes de la zona se mostró dividida. Mientras algunos establecimientos confían en atraer más clientes a pie y en bicicleta, otros temen perder ventas por la reducción de plazas de aparcamiento.",
            "«Nadie nos ha explicado dónde van a aparcar los proveedores», lamentó el dueño de una ferretería de la avenida.",
            "La oposición votó en contra al considerar que el proyecto se ha tramitado con prisas y sin un estudio de impacto suficiente. El presupuesto asciende a 4,1 millones de euros, financiados en parte con fondos europeos.",
            "El consistorio abrirá en las próximas semanas un proceso de participación para que los vecinos puedan presentar alegaciones al diseño definitivo.",
        ],
    },
    {
        "title": "Incendio forestal obliga a desalojar dos urbanizaciones en Tarragona",
        "slug": "incendio-forestal-desalojo-tarragona",
        "city": "Tarragona",
        "topic": "Sucesos",
        "tags": ["Incendio", "Cataluña", "Emergencias"],
        "paras": [
            "Un incendio forestal declarado este martes por la tarde en el término municipal de El Catllar ha obligado a desalojar a unos 300 vecinos de dos urbanizaciones cercanas.",
            "Según los Bomberos de la Generalitat, el fuego ha quemado ya más de 120 hectáreas de pinar y matorral. En las labores de extinción participan 45 dotaciones terrestres y nueve medios aéreos.",
            "El viento de poniente, con rachas de hasta 60 kilómetros por hora, está dificultando el trabajo de los efectivos. Protección Civil ha activado el plan de emergencias por incendios forestales en fase de alerta.",
            "Los desalojados han sido trasladados a un pabellón deportivo municipal, donde la Cruz Roja les ha facilitado agua, comida y mantas.",
            "«Hemos salido con lo puesto, solo nos ha dado tiempo a coger a los perros», relató una vecina.",
            "Las causas del incendio todavía se desconocen. Los Agentes Rurales han abierto una investigación.",
            "Recomendaciones de Protección Civil:",
            "* Evitar desplazamientos por la zona afectada.",
            "* Seguir las indicaciones de los servicios de emergencia.",
            "* No acercarse al frente del fuego para hacer fotografías.",
        ],
    },
    {
        "title": "El Gobierno sube el salario mínimo a 1.184 euros",
        "slug": "gobierno-sube-salario-minimo",
        "city": "Madrid",
        "topic": "Economía",
        "tags": ["Salario mínimo", "Empleo", "Gobierno"],
        "paras": [
            "El Consejo de Ministros ha aprobado este martes la subida del salario mínimo interprofesional hasta los 1.184 euros mensuales en catorce pagas, lo que supone un incremento del 4,4 % respecto al año anterior.",
            "La medida, pactada con los sindicatos mayoritarios, beneficiará a cerca de 2,4 millones de trabajadores, según las estimaciones del Ministerio de Trabajo.",
            "Las organizaciones empresariales se han desmarcado del acuerdo. A su juicio, el aumento pone en riesgo la viabilidad de pequeñas empresas del campo y la hostelería.",
            "La ministra de Trabajo ha asegurado que la subida «no tiene efectos negativos sobre el empleo», y ha citado varios informes que respaldan esa tesis.",
            "Por primera vez, el salario mínimo tributará en el IRPF para algunos perceptores, una cuestión que ha generado discrepancias dentro del propio Ejecutivo.",
            "La subida tendrá efectos retroactivos desde el 1 de enero.",
        ],
    },
    {
        "title": "La sequía deja los embalses andaluces al 22 % de su capacidad",
        "slug": "sequia-embalses-andaluces",
        "city": "Sevilla",
        "topic": "Andalucía",
        "tags": ["Sequía", "Agua", "Andalucía"],
        "paras": [
            "Los embalses de Andalucía almacenan esta semana apenas el 22 % de su capacidad total, según los datos publicados por la Junta. Hace un año, la reserva superaba el 30 %.",
            "La cuenca del Guadalquivir es la más afectada. Varios municipios de la Sierra Sur ya sufren cortes nocturnos de suministro desde la semana pasada.",
            "La Junta ha anunciado una partida de 150 millones de euros para obras de emergencia, entre ellas nuevos pozos, conexiones entre redes y plantas desaladoras portátiles.",
            "Los regantes reclaman más agua",
            "Las comunidades de regantes denuncian que las dotaciones para este año se han reducido a menos de la mitad. «Así no se puede sembrar algodón ni arroz», advierte el presidente de una de ellas.",
            "Los expertos insisten en que la solución pasa por reducir las pérdidas en las redes de distribución, que en algunos municipios superan el 25 % del agua captada.",
            "La Agencia Estatal de Meteorología no prevé lluvias importantes antes del otoño.",
        ],
    },
    {
        "title": "Un yacimiento romano aparece durante las obras de un aparcamiento en Mérida",
        "slug": "yacimiento-romano-obras-aparcamiento-merida",
        "city": "Mérida",
        "topic": "Cultura",
        "tags": ["Arqueología", "Mérida", "Patrimonio"],
        "paras": [
            "Las obras de un aparcamiento subterráneo en el centro de Mérida han sacado a la luz los restos de una vivienda romana del siglo II con mosaicos en buen estado de conservación.",
            "El Consorcio de la Ciudad Monumental ha paralizado los trabajos para permitir la excavación completa del solar, que podría prolongarse durante al menos seis meses.",
            "Entre los hallazgos destacan un mosaico con motivos geométricos de unos 20 metros cuadrados y varias piezas de cerámica decorada.",
            "«Es una de las domus más completas que hemos encontrado en los últimos veinte años», explicó el director de las excavaciones.",
            "La empresa promotora del aparcamiento estudia modificar el proyecto para integrar los restos en la nueva construcción, una solución que ya se ha aplicado en otros edificios de la ciudad.",
            "Los vecinos podrán visitar el yacimiento en jornadas de puertas abiertas que se anunciarán próximamente.",
        ],
    },
    {
        "title": "El Betis remonta ante el Celta y se acerca a Europa",
        "slug": "betis-remonta-celta-europa",
        "city": "Sevilla",
        "topic": "Deportes",
        "tags": ["Fútbol", "LaLiga", "Real Betis"],
        "paras": [
            "El Real Betis remontó este domingo ante el Celta de Vigo (2-1) en el estadio Benito Villamarín y se sitúa a solo dos puntos de los puestos europeos.",
            "Los gallegos se adelantaron en el minuto 12 con un disparo desde fuera del área que sorprendió al portero local.",
            "El equipo verdiblanco reaccionó tras el descanso. El empate llegó en un cabezazo a la salida de un córner y, a falta de diez minutos, un penalti transformado con frialdad dio la vuelta al marcador.",
            "«Hemos demostrado carácter», resumió el entrenador bético en la rueda de prensa posterior al partido.",
            "El Celta, que encadena cuatro jornadas sin ganar, se queda en la zona media de la tabla.",
        ],
    },
]
