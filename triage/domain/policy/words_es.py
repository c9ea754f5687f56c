"""Spanish word lists the rules build on (folded before use, like words_en)."""

DRUGS = """
paracetamol, acetaminofen, acetaminofeno, tempra, tylenol infantil, ibuprofeno, naproxeno,
aspirina, aspirina infantil, diclofenaco, ketorolaco, metamizol, dipirona, neomelubrina,
buscapina, butilhioscina, amoxicilina, amoxicilina con clavulanico, azitromicina,
claritromicina, eritromicina, cefalexina, cefuroxima, ceftriaxona, ciprofloxacino,
levofloxacino, doxiciclina, penicilina, penicilina benzatinica, metronidazol, clindamicina,
nitrofurantoina, trimetoprima, sulfametoxazol, fluconazol, clotrimazol, nistatina, ketoconazol,
aciclovir, valaciclovir, oseltamivir, metformina, glibenclamida, glimepirida, insulina,
sitagliptina, losartan, enalapril, captopril, lisinopril, amlodipino, nifedipino, metoprolol,
atenolol, propranolol, carvedilol, hidroclorotiazida, clortalidona, furosemida, espironolactona,
atorvastatina, simvastatina, rosuvastatina, pravastatina, warfarina, apixaban, rivaroxaban,
clopidogrel, digoxina, levotiroxina, eutirox, tiamazol, prednisona, prednisolona,
metilprednisolona, dexametasona, betametasona, hidrocortisona, sertralina, fluoxetina,
escitalopram, citalopram, paroxetina, venlafaxina, duloxetina, bupropion, mirtazapina,
trazodona, amitriptilina, alprazolam, clonazepam, lorazepam, diazepam, zolpidem, quetiapina,
risperidona, olanzapina, litio, lamotrigina, valproato, acido valproico, levetiracetam,
topiramato, gabapentina, pregabalina, carbamazepina, fenitoina, metilfenidato, tramadol,
codeina, morfina, oxicodona, ciclobenzaprina, meloxicam, celecoxib, alopurinol, colchicina,
omeprazol, esomeprazol, pantoprazol, lansoprazol, ranitidina, famotidina, sucralfato,
loperamida, metoclopramida, ondansetron, dimenhidrinato, bismuto, subsalicilato de bismuto, sal
de uvas, picot, hidroxido de aluminio, leche de magnesia, senosidos, bisacodilo, lactulosa,
loratadina, desloratadina, cetirizina, levocetirizina, fexofenadina, difenhidramina,
clorfenamina, clorfeniramina, pseudoefedrina, fenilefrina, ambroxol, bromhexina, guaifenesina,
dextrometorfano, salbutamol, budesonida, fluticasona, beclometasona, montelukast, epinefrina,
melatonina, acido folico, sulfato ferroso, hierro, vitamina d, vitamina c, vitamina b12,
complejo b, zinc, magnesio, calcio, suero oral, vida suero oral, electrolit, electrolitos, sales
de rehidratacion, vick, vaporub, vick vaporub, desenfriolito, antigripal, xl-3, tabcin,
dolo-neurobion, neurobion, redoxon, bedoyecta, sildenafil, tadalafil, tamsulosina, finasterida,
estradiol, progesterona, anticonceptivos, pastilla del dia siguiente, permetrina, ivermectina,
albendazol, mebendazol, nitazoxanida, mupirocina, neomicina, sulfadiazina de plata, lidocaina,
benzocaina, oxido de zinc, hipoglos, pomada de la campana, sabila
"""

DRUG_KINDS = """
antibiotico, antibioticos, antihistaminico, antihistaminicos, antiviral, antivirales,
antimicotico, antimicoticos, antimicotica, esteroide, esteroides, corticoide, corticoides,
estatina, estatinas, anticoagulante, anticoagulantes, diuretico, diureticos, antidepresivo,
antidepresivos, ansiolitico, ansioliticos, pastillas para dormir, pastilla para dormir,
relajante muscular, relajantes musculares, analgesico, analgesicos, calmante, calmantes,
antiinflamatorio, antiinflamatorios, anti-inflamatorio, descongestionante, jarabe para la tos,
jarabe, jarabes, antiacido, antiacidos, laxante, laxantes, anticonceptivo, anticonceptivos,
inhalador, inhaladores, nebulizador, nebulizaciones, gotas para los ojos, gotas para el oido,
gotas oftalmicas, spray nasal, atomizador, crema con cortisona, crema antibiotica, medicina para
la presion, pastillas para la presion, pastilla de la presion, medicamento para la presion,
medicina de la tiroides, pastilla de la tiroides, vitaminas, suplemento, suplementos,
multivitaminico, suero, quimio, quimioterapia, de venta libre, sin receta
"""

REMEDIES = """
hielo, bolsa de hielo, compresa, compresas, compresa fria, compresas frias, compresa caliente,
compresas calientes, compresas tibias, fomentos, calor, bolsa de agua caliente, almohadilla
electrica, miel, te de manzanilla, manzanilla, jengibre, te de jengibre, agua con sal, gargaras,
agua tibia con sal, suero fisiologico, solucion salina, humidificador, vapor, vaporizaciones,
sales de epsom, bicarbonato, vinagre de manzana, aceite de coco, aceites esenciales, crema,
cremas, pomada, pomadas, unguento, unguentos, locion, vaselina, jugo de arandano, caldo, caldo
de pollo, dieta blanda, galletas saladas, limon, te de limon, canela, ajo, sabila, aloe,
pastillas para la garganta, venda, vendaje, ferula, cabestrillo, muletas, faja, cafe, alcohol,
lacteos, gluten, azucar, sal, grasas, harinas, refrescos, picante, irritantes, dulces, huevos,
carne roja, bano, banos, bano tibio, banos tibios, bano de avena, agua tibia, yogur,
respiraciones profundas, respiracion profunda, compresas de agua fria, azucares, formula,
formula sin lactosa, leche sin lactosa, leche de soya, leche deslactosada, ciruelas, fibra,
almohada, otra almohada, eucalipto, vapor de eucalipto, vaporub, vicks, tomillo, te de tomillo,
hierbabuena, te de canela
"""

MEDICINE_WORDS = """
medicamento, medicamentos, medicina, medicinas, pastilla, pastillas, tableta, tabletas, capsula,
capsulas, comprimido, comprimidos, dosis, gotas, parche, parches
"""

CONDITIONS = """
mala circulacion, enfermedad arterial periferica,
resfriado, resfrio, catarro, gripa, gripe, influenza, covid, faringitis, amigdalitis, anginas,
infeccion de garganta, laringitis, sinusitis, infeccion de los senos nasales, otitis, infeccion
de oido, infeccion del oido, oido de nadador, oido del nadador, conjuntivitis, orzuelo,
bronquitis, bronquiolitis, neumonia, pulmonia, asma, crisis de asma, alergia, alergias, alergia
estacional, reaccion alergica, rinitis, rinitis alergica, infeccion urinaria, infeccion de
orina, infeccion de vias urinarias, cistitis, infeccion de rinon, infeccion en los rinones,
calculos renales, piedras en el rinon, piedras en los rinones, infeccion por hongos, hongos,
candidiasis, vaginosis, herpes, herpes zoster, culebrilla, varicela, sarampion, paperas, mano
pie boca, escarlatina, impetigo, celulitis, absceso, pie de atleta, sarna, piojos, eczema,
eccema, dermatitis, dermatitis atopica, psoriasis, rosacea, acne, urticaria, ronchas,
sarpullido, salpullido, rozadura, pañalitis, quemadura de sol, insolacion, verruga, verrugas,
quiste, lipoma, una encarnada, uña enterrada, fascitis plantar, juanete, gota, artritis,
artrosis, tendinitis, bursitis, esguince, torcedura, desgarre, desgarro, distension muscular,
tiron muscular, contractura, calambre, calambres, fractura, fisura, hueso roto, luxacion,
menisco, tunel carpiano, ciatica, hernia de disco, nervio pinchado, nervio pellizcado,
lumbalgia, conmocion, conmocion cerebral, migrana, migranas, jaqueca, cefalea tensional, dolor
de cabeza tensional, vertigo, tinnitus, paralisis facial, neuropatia, insomnio, apnea, apnea del
sueño, ansiedad, ataque de panico, ataques de panico, ataque de ansiedad, ataques de ansiedad,
tdah, hormonas, tiroides, embarazo, embarazada, hiedra venenosa, bulto, bultos, masas,
convulsiones, espasmos, ulceras, reaccion normal, reaccion leve, anemica, anemico, deshidratado,
deshidratada, depresion, depresion posparto, estres, agotamiento, hipertension, presion alta,
presion baja, hipotension, colesterol alto, diabetes, prediabetes, diabetes gestacional,
hipoglucemia, azucar baja, azucar alta, hipotiroidismo, hipertiroidismo, problema de tiroides,
anemia, deficiencia de hierro, falta de hierro, falta de vitamina d, deshidratacion, golpe de
calor, intoxicacion, intoxicacion alimentaria, infeccion estomacal, infeccion intestinal,
gastroenteritis, gastritis, reflujo, acidez, agruras, indigestion, ulcera, colitis, colon
irritable, estrenimiento, diverticulitis, apendicitis, piedras en la vesicula, calculos
biliares, higado graso, hemorroides, almorranas, hernia, colicos, dentición, denticion, dolores
de crecimiento, tapon de cera, cerumen, costocondritis, arritmia, soplo, angina de pecho,
coagulo, trombosis, varices, lupus, fibromialgia, menopausia, perimenopausia, sindrome
premenstrual, ovario poliquistico, ovarios poliquisticos, endometriosis, miomas, mastitis,
prostatitis, disfuncion erectil, osteoporosis, cataratas, glaucoma, ojo seco, cancer, tumor,
melanoma, polipo, polipos, fuego labial, afta, aftas, llagas, algodoncillo, infeccion dental,
absceso dental, virus, un virus, virosis, infeccion viral, infeccion bacteriana, infeccion,
efecto secundario, efectos secundarios, resaca, cruda, picadura, picaduras, ampolla, moreton,
hematoma, ictericia, demencia, alzheimer, parkinson, autismo, vih, insuficiencia cardiaca,
enfermedad del corazon, enfermedad renal, esclerosis multiple, epilepsia, paralisis cerebral,
trastorno alimenticio, anorexia, bulimia, esquizofrenia, alcoholismo, adiccion, anemia
falciforme, fibrosis quistica, hepatitis c, hepatitis b, costra lactea, oxiuros, lombrices,
parasitos, empacho, sobrepeso, obesidad,
covid prolongado, brote, inflamacion, infectado, infectada, viral, bacteriana, hormonal,
muscular, nervios, un esguince, una torcedura, un golpe, gases, bacteriano
"""

SYMPTOMS = """
dolor, dolores, dolor de cabeza, dolor de estomago, dolor de panza, dolor de garganta, dolor de
espalda, tos, fiebre, calentura, temperatura, escalofrios, congestion, mocos, estornudos,
comezon, picazon, hinchazon, inflamacion, moretones, sangrado, nauseas, vomito, vomitos,
diarrea, colicos, calambres, gases, mareo, mareos, cansancio, fatiga, palpitaciones, falta de
aire, silbidos, entumecimiento, hormigueo, rigidez, espasmos, granos, ampollas, ardor, flujo,
enrojecimiento, dolor de oido, dolor de muela, flemas, sudores nocturnos, bochornos, dolor
muscular, dolor de articulaciones, sintomas, la tos, el dolor, la fiebre, la hinchazon, la
comezon, mareado, mareada, cansado, cansada, hinchado, hinchada, adolorido, adolorida,
congestionado, congestionada, con nauseas, debil, agitado, manchado, olvidos, sangrado nasal,
flemas verdes
"""

# Body parts and marks: "ponga hielo en el tobillo", "esa bolita".
BODY = """
bolita, bulto, bultos, lunar, lunares, herida, cortada, corte, raspon, quemadura, piquete,
cicatriz, ojo, ojos, oido, oidos, garganta, estomago, panza, pancita, tobillo, rodilla, muñeca,
pie, pies, dedo, hombro, espalda, cuello, cadera, pecho, piel, nariz, encias, muela, dientes,
ligamento, menisco, tendon
"""

LABS = """
glucosa, glucosa en ayunas, azucar, azucar en sangre, nivel de azucar, niveles de azucar,
hemoglobina glicosilada, hemoglobina glucosilada, a1c, colesterol, colesterol total, colesterol
ldl, colesterol hdl, colesterol malo, colesterol bueno, trigliceridos, perfil de lipidos,
triglicerido,
potasio, sodio, calcio, magnesio, fosforo, creatinina, urea, acido urico, funcion renal, funcion
hepatica, enzimas hepaticas, transaminasas, hemoglobina, hematocrito, plaquetas, globulos
blancos, globulos rojos, leucocitos, tsh, tiroides, hormona tiroidea, t4, vitamina d, vitamina
b12, ferritina, hierro, antigeno prostatico, psa, titulos, anticuerpos
"""

MEASURES = """
presion, presion arterial, tension, tension arterial, pulso, frecuencia cardiaca, oxigenacion,
saturacion, saturacion de oxigeno, oxigeno, imc, indice de masa corporal
"""

VITALS = """
temperatura, fiebre, calentura, peso, talla, crecimiento, aumento de peso, desarrollo, percentil
"""

TESTS = """
biometria, biometria hematica, quimica sanguinea, examen general de orina, urocultivo, cultivo,
prueba, pruebas, analisis, analisis de sangre, analisis de orina, laboratorios, estudios,
radiografia, ultrasonido, ecografia, tomografia, resonancia, mamografia, papanicolaou,
electrocardiograma, biopsia, prueba de embarazo, prueba de covid, prueba rapida,
estudio del sueno, estudio de sueno, holter, prueba de esfuerzo, ecocardiograma,
endoscopia, colonoscopia, densitometria, prueba de tb, prueba de tuberculosis, espirometria,
examen de la vista, examen de audicion, prueba de vih, audiometria
"""

RESULT_WORDS = """
resultados, niveles, nivel, lectura, lecturas, numeros
"""

VERDICTS = """
normal, normales, anormal, anormales, alto, alta, altos, altas, bajo, baja, bajos, bajas,
elevado, elevada, elevados, elevadas, limitrofe, en el limite, bien, buenos, buenas, bueno,
buena, perfecto, perfecta, perfectos, excelente, excelentes, preocupante, aceptable, aceptables,
controlado, controlada, bajo control, fuera de rango, dentro de rango, en rango, dentro de lo
normal, un poco alto, un poco alta, un poco bajo, un poco baja, algo alto, algo alta, algo bajo,
algo baja, ligeramente alto, ligeramente alta, ligeramente bajo, ligeramente baja, ligeramente
elevado, ligeramente elevada, en rango de prediabetes, prediabetico, prediabetica, diabetico,
diabetica, negativo, negativa, negativos, positivo, positiva, positivos, limpio, limpia,
limpios, benigno, benigna, sobrepeso, obeso, obesa, sin problemas, de maravilla, mejor, peor,
subiendo, bajando, nada de que preocuparse, muy bien, va bien, en su lugar
"""

KIN = """
esposo, esposa, marido, mujer, pareja, novio, novia, prometido, prometida, hijo, hija, hijos,
hijas, hijito, hijita, nene, nena, bebe, bebito, bebita, nino, nina, ninos, ninas, mama, mami,
madre, papa, papi, padre, padrastro, madrastra, hermano, hermana, hermanito, hermanita, abuelo,
abuela, abuelito, abuelita, nieto, nieta, tio, tia, primo, prima, sobrino, sobrina, suegro,
suegra, yerno, nuera, cunado, cunada, amigo, amiga, vecino, vecina, companero, companera,
paciente
"""

GIVEN_NAMES = """
carolina, cesar, cristina, ignacio, natalia, adela, adolfo, agustin, aida, alba, alfonso,
alfredo, alicia, alvaro, amparo, anahi, armando, beatriz, benito, blanca, camilo, catalina,
cecilia, celia, cristobal, damian, dario, delia, elsa, elvira, emilio, estela, eva, fabiola,
federico, fidel, gerardo, gilberto, graciela, gustavo, hilda, horacio, ines, irma, isidro,
itzel, jacinto, jimena, joaquin, josefina, julio, leonel, leonor, lourdes, lupita, maite,
manuela, marcela, margarita, mariana, mariela, marisa, martina, mateo, mauricio, maximo,
micaela, miriam, moises, nelly, nestor, nicolas, noemi, octavio, olga, omar, rafael, ramiro,
rebeca, rocio, rodolfo, rogelio, rosalia, santino, sebastian, silvio, susana, tomas, ulises,
valentina, valeria, vicente, ximena, yesenia, yolanda, alonso, emiliano, matias, thiago, regina,
renata, luciana, romina, antonella
"""

SURNAMES = """
acosta, aguilar, alvarado, alvarez, avila, cabrera, calderon, campos, castillo, castro, chavez,
contreras, cortes, cruz, delgado, diaz, dominguez, espinoza, estrada, fernandez, figueroa,
flores, fuentes, garcia, gomez, gonzalez, guerrero, gutierrez, guzman, hernandez, herrera,
ibarra, jimenez, juarez, lara, lopez, luna, maldonado, marquez, martinez, medina, mejia, mendez,
mendoza, molina, morales, moreno, munoz, navarro, nunez, ochoa, ortega, ortiz, pacheco, padilla,
pena, perez, ramirez, ramos, reyes, rios, rivera, rodriguez, rojas, romero, rosales, ruiz,
salazar, salinas, sanchez, sandoval, santiago, santos, silva, soto, suarez, torres, valdez,
valencia, vargas, vasquez, vazquez, vega, velasquez
"""
