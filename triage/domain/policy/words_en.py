"""English word lists the rules build on: medicines, conditions, symptoms, tests, people.

Each list is comma-separated and folded before use (case and accents do not matter); an
apostrophe is optional and a hyphen may be a space or nothing ("swimmer's ear", "z-pak").
"""

# Generic and brand names, prescription and over the counter, that staff may name in a reply.
DRUGS = """
acetaminophen, tylenol, paracetamol, ibuprofen, advil, motrin, naproxen, aleve, naprosyn,
aspirin, bayer, ecotrin, excedrin, midol, goody's, bc powder, diphenhydramine, benadryl,
loratadine, claritin, cetirizine, zyrtec, fexofenadine, allegra, levocetirizine, xyzal,
desloratadine, clarinex, chlorpheniramine, pseudoephedrine, sudafed, phenylephrine, guaifenesin,
mucinex, dextromethorphan, delsym, robitussin, dayquil, nyquil, theraflu, coricidin, tylenol
cold, alka-seltzer, alka-seltzer plus, oxymetazoline, afrin, fluticasone, flonase, mometasone,
nasonex, budesonide, rhinocort, pulmicort, triamcinolone, nasacort, azelastine, astelin,
cromolyn, ketotifen, zaditor, pataday, olopatadine, visine, systane, loperamide, imodium,
bismuth, pepto, pepto-bismol, kaopectate, famotidine, pepcid, ranitidine, zantac, cimetidine,
tagamet, omeprazole, prilosec, esomeprazole, nexium, pantoprazole, protonix, lansoprazole,
prevacid, rabeprazole, tums, rolaids, maalox, mylanta, gaviscon, simethicone, gas-x, docusate,
colace, senna, senokot, bisacodyl, dulcolax, miralax, polyethylene glycol, metamucil, psyllium,
benefiber, citrucel, milk of magnesia, magnesium citrate, lactulose, meclizine, antivert,
bonine, dramamine, dimenhydrinate, doxylamine, unisom, zzzquil, melatonin, valerian, cough
drops, ricola, cepacol, chloraseptic, zicam, emergen-c, vicks, vaporub, vapor rub, amoxicillin,
amoxil, augmentin, amoxicillin-clavulanate, azithromycin, zithromax, z-pak, z-pack, zpak,
clarithromycin, biaxin, erythromycin, doxycycline, vibramycin, minocycline, tetracycline,
cephalexin, keflex, cefdinir, omnicef, cefuroxime, ceftin, cefadroxil, ceftriaxone, rocephin,
ciprofloxacin, cipro, levofloxacin, levaquin, moxifloxacin, bactrim, septra, sulfamethoxazole,
trimethoprim, nitrofurantoin, macrobid, macrodantin, metronidazole, flagyl, clindamycin,
cleocin, vancomycin, linezolid, penicillin, pen vk, dicloxacillin, fluconazole, diflucan,
terbinafine, lamisil, clotrimazole, lotrimin, miconazole, monistat, nystatin, ketoconazole,
nizoral, tinactin, tolnaftate, acyclovir, zovirax, valacyclovir, valtrex, famciclovir,
oseltamivir, tamiflu, baloxavir, xofluza, paxlovid, molnupiravir, metformin, glucophage,
glipizide, glucotrol, glyburide, glimepiride, amaryl, pioglitazone, actos, sitagliptin, januvia,
janumet, linagliptin, tradjenta, empagliflozin, jardiance, dapagliflozin, farxiga,
canagliflozin, invokana, semaglutide, ozempic, wegovy, rybelsus, tirzepatide, mounjaro,
zepbound, liraglutide, victoza, saxenda, dulaglutide, trulicity, exenatide, byetta, insulin,
lantus, basaglar, toujeo, levemir, tresiba, humalog, novolog, admelog, fiasp, humulin, novolin,
glargine, lispro, aspart, detemir, degludec, lisinopril, zestril, prinivil, enalapril, vasotec,
ramipril, altace, benazepril, lotensin, quinapril, losartan, cozaar, hyzaar, valsartan, diovan,
irbesartan, avapro, olmesartan, benicar, telmisartan, micardis, candesartan, atacand, entresto,
amlodipine, norvasc, nifedipine, procardia, diltiazem, cardizem, verapamil, metoprolol,
lopressor, toprol, atenolol, tenormin, carvedilol, coreg, propranolol, inderal, bisoprolol,
nebivolol, bystolic, labetalol, hydrochlorothiazide, hctz, chlorthalidone, furosemide, lasix,
bumetanide, bumex, torsemide, spironolactone, aldactone, eplerenone, clonidine, catapres,
hydralazine, doxazosin, cardura, terazosin, tamsulosin, flomax, finasteride, proscar, propecia,
dutasteride, avodart, atorvastatin, lipitor, simvastatin, zocor, rosuvastatin, crestor,
pravastatin, pravachol, lovastatin, ezetimibe, zetia, fenofibrate, tricor, gemfibrozil, fish
oil, omega-3, niacin, warfarin, coumadin, jantoven, apixaban, eliquis, rivaroxaban, xarelto,
dabigatran, pradaxa, enoxaparin, lovenox, heparin, clopidogrel, plavix, ticagrelor, brilinta,
prasugrel, baby aspirin, digoxin, amiodarone, nitroglycerin, isosorbide, ranolazine,
levothyroxine, synthroid, levoxyl, unithroid, armour thyroid, liothyronine, cytomel,
methimazole, tapazole, prednisone, prednisolone, orapred, methylprednisolone, medrol, medrol
dosepak, dexamethasone, decadron, hydrocortisone, cortisone, cortaid, kenalog, clobetasol,
betamethasone, sertraline, zoloft, fluoxetine, prozac, escitalopram, lexapro, citalopram,
celexa, paroxetine, paxil, venlafaxine, effexor, desvenlafaxine, pristiq, duloxetine, cymbalta,
bupropion, wellbutrin, mirtazapine, remeron, trazodone, buspirone, buspar, amitriptyline,
elavil, nortriptyline, alprazolam, xanax, lorazepam, ativan, clonazepam, klonopin, diazepam,
valium, temazepam, restoril, zolpidem, ambien, eszopiclone, lunesta, hydroxyzine, vistaril,
atarax, quetiapine, seroquel, aripiprazole, abilify, risperidone, risperdal, olanzapine,
zyprexa, lurasidone, latuda, ziprasidone, haloperidol, haldol, lithium, lamotrigine, lamictal,
divalproex, depakote, valproic acid, levetiracetam, keppra, topiramate, topamax, gabapentin,
neurontin, pregabalin, lyrica, carbamazepine, tegretol, oxcarbazepine, trileptal, phenytoin,
dilantin, adderall, amphetamine, methylphenidate, ritalin, concerta, vyvanse, lisdexamfetamine,
focalin, strattera, atomoxetine, guanfacine, intuniv, sumatriptan, imitrex, rizatriptan, maxalt,
zolmitriptan, zomig, eletriptan, relpax, nurtec, rimegepant, ubrelvy, aimovig, emgality,
fioricet, butalbital, tramadol, ultram, oxycodone, oxycontin, percocet, hydrocodone, vicodin,
norco, morphine, hydromorphone, dilaudid, codeine, tylenol 3, tylenol with codeine, fentanyl,
methadone, buprenorphine, suboxone, naloxone, narcan, naltrexone, cyclobenzaprine, flexeril,
methocarbamol, robaxin, tizanidine, zanaflex, baclofen, carisoprodol, meloxicam, mobic,
celecoxib, celebrex, diclofenac, voltaren, ketorolac, toradol, indomethacin, indocin,
nabumetone, etodolac, allopurinol, zyloprim, colchicine, colcrys, febuxostat, uloric,
hydroxychloroquine, plaquenil, methotrexate, humira, adalimumab, enbrel, remicade, dupixent,
xolair, alendronate, fosamax, boniva, prolia, sildenafil, viagra, tadalafil, cialis, oxybutynin,
ditropan, tolterodine, detrol, mirabegron, myrbetriq, estradiol, premarin, provera,
medroxyprogesterone, prometrium, progesterone, norethindrone, levonorgestrel, plan b, clomid,
clomiphene, letrozole, tamoxifen, testosterone, androgel, montelukast, singulair, albuterol,
ventolin, proair, proventil, levalbuterol, xopenex, ipratropium, atrovent, duoneb, tiotropium,
spiriva, symbicort, advair, flovent, qvar, dulera, breo, trelegy, epinephrine, epipen, auvi-q,
ondansetron, zofran, promethazine, phenergan, prochlorperazine, compazine, metoclopramide,
reglan, sucralfate, carafate, dicyclomine, bentyl, hyoscyamine, levsin, mesalamine, permethrin,
ivermectin, mupirocin, bactroban, bacitracin, neosporin, polysporin, neomycin, silvadene,
benzoyl peroxide, tretinoin, retin-a, adapalene, differin, accutane, isotretinoin, minoxidil,
rogaine, selsun, lidocaine, benzocaine, orajel, anbesol, capsaicin, icy hot, bengay, biofreeze,
aspercreme, salonpas, tiger balm, zinc oxide, desitin, aquaphor, vaseline, calamine, caladryl,
aloe vera, preparation h, witch hazel, potassium chloride, klor-con, k-dur, ferrous sulfate,
iron pills, folic acid, vitamin d, vitamin d3, vitamin b12, b12 shots, vitamin c, multivitamin,
zinc, magnesium, calcium, biotin, cranberry pills, azo, pyridium, phenazopyridine, uristat,
echinacea, elderberry, sambucol, turmeric, ashwagandha, st john's wort, cbd, kratom, probiotic,
probiotics, culturelle, florastor, electrolytes, pedialyte, liquid iv, gatorade, lactaid, beano,
nicotine patch, nicotine gum, nicorette, chantix, varenicline, benzonatate, tessalon, tessalon
perles, promethazine dm, hycodan, tussionex, cheratussin, dm syrup, children's tylenol,
children's motrin, infant tylenol, infants' tylenol, children's benadryl, children's zyrtec,
children's claritin, baby motrin
"""

# Kinds of medicine named without a brand ("an antihistamine", "your blood thinner").
DRUG_KINDS = """
antibiotic, antibiotics, antihistamine, antihistamines, antiviral, antivirals, antifungal,
antifungals, steroid, steroids, corticosteroid, prednisone pack, steroid pack, statin, statins,
blood thinner, blood thinners, water pill, water pills, diuretic, diuretics, beta blocker, beta
blockers, ace inhibitor, ssri, ssris, antidepressant, antidepressants, anti-anxiety meds,
anxiety meds, anxiety medication, sleeping pills, sleeping pill, sleep aid, sleep aids, muscle
relaxer, muscle relaxers, muscle relaxant, pain reliever, pain relievers, painkiller,
painkillers, pain meds, pain medicine, pain medication, nsaid, nsaids, anti-inflammatory,
anti-inflammatories, decongestant, decongestants, expectorant, cough suppressant, cough syrup,
cough medicine, cold medicine, allergy medicine, allergy meds, allergy pills, allergy
medication, antacid, antacids, acid reducer, laxative, laxatives, stool softener, stool
softeners, fiber supplement, birth control, the pill, morning-after pill, inhaler, rescue
inhaler, nebulizer, eye drops, ear drops, nose spray, nasal spray, nasal sprays, saline spray,
steroid cream, hydrocortisone cream, antibiotic cream, antibiotic ointment, antifungal cream,
anti-itch cream, numbing cream, diaper cream, blood pressure med, blood pressure meds, blood
pressure medication, bp med, bp meds, bp medication, thyroid med, thyroid meds, thyroid
medication, diabetes meds, diabetes medication, sugar pills, heart meds, seizure meds, adhd
meds, stimulant, stimulants, vitamin, vitamins, supplement, supplements, iron supplement, otc,
over-the-counter, chemo, chemotherapy, hormone therapy, hrt
"""

# Home and first-aid measures that are treatment advice when staff tell someone to use them.
REMEDIES = """
ice, ice pack, ice packs, cold pack, heat, heating pad, hot pad, warm compress, warm compresses,
cold compress, hot compress, compress, honey, tea, ginger ale, ginger tea, chamomile,
peppermint, peppermint oil, salt water, saltwater, warm salt water, saline, neti pot, sinus
rinse, humidifier, vaporizer, steam, hot shower, epsom salt, epsom salts, oatmeal bath, baking
soda, apple cider vinegar, tea tree oil, essential oils, coconut oil, moisturizer, lotion,
cream, creams, ointment, ointments, petroleum jelly, cranberry juice, clear fluids, broth, brat
diet, bland diet, popsicles, crackers, lozenges, lozenge, throat spray, throat lozenges,
compression socks, brace, splint, sling, crutches, elastic bandage, ace bandage, bandaid,
band-aid, bandage, washcloth, washcloths, warm washcloth, cool washcloth, cold washcloth, bulb
syringe, nasal aspirator, saline drops, nose drops, popsicle, walking boot, knee brace, wrist
brace, ice bath, cool bath, lukewarm bath, cool shower, caffeine, alcohol, booze, dairy, gluten,
sugar, sugary drinks, salt, sodium, carbs, red meat, fried food, fried foods, spicy food, spicy
foods, soda, sweets, junk food, fatty foods, bath, baths, warm bath, oatmeal, cranberry, yogurt,
journaling, deep breathing, breathing exercises, a paper bag, formula, soy formula, lactose-free
formula, sensitive formula, hypoallergenic formula, lactose-free milk, whole milk, oat milk,
almond milk, prune juice, prunes, fiber, pillow, extra pillow, pillows, lemon, lemon tea,
gripe water, gas drops, mylicon, teething gel, teething ring, white noise, swaddle, pacifier
"""

# Plain words for medicine: advice only with a possessive or article ("skip your dose").
MEDICINE_WORDS = """
medication, medications, medicine, medicines, meds, med, pill, pills, tablet, tablets, tab,
tabs, capsule, capsules, dose, doses, dosage, drops, patch, patches, spray, puffer
"""

CONDITIONS = """
a cold, the cold, common cold, head cold, chest cold, flu, the flu, influenza, covid, covid-19,
corona, strep, strep throat, tonsillitis, pharyngitis, laryngitis, sinusitis, sinus infection,
ear infection, middle ear infection, otitis, otitis media, otitis externa, swimmer's ear, pink
eye, conjunctivitis, stye, bronchitis, bronchiolitis, pneumonia, walking pneumonia, rsv, croup,
whooping cough, pertussis, asthma, asthma flare, copd, allergies, allergy, allergic reaction,
hay fever, seasonal allergies, allergic rhinitis, uti, urinary tract infection, bladder
infection, kidney infection, kidney stone, kidney stones, yeast infection, bacterial vaginosis,
bv, std, sti, chlamydia, gonorrhea, herpes, hpv, syphilis, hepatitis, mono, mononucleosis,
shingles, chickenpox, chicken pox, measles, mumps, hand foot and mouth, hand-foot-and-mouth,
poor circulation, peripheral artery disease,
fifth disease, roseola, scarlet fever, impetigo, cellulitis, abscess, boil, ringworm, athlete's
foot, jock itch, scabies, lice, head lice, bed bugs, eczema, atopic dermatitis, dermatitis,
contact dermatitis, psoriasis, rosacea, acne, hives, urticaria, heat rash, diaper rash, poison
ivy, poison oak, sunburn, wart, warts, plantar wart, skin tag, cyst, sebaceous cyst, lipoma,
ingrown toenail, ingrown nail, ingrown hair, folliculitis, plantar fasciitis, bunion, gout,
arthritis, osteoarthritis, rheumatoid arthritis, tendonitis, tendinitis, bursitis, sprain,
sprained ankle, pulled muscle, muscle strain, muscle spasm, muscle spasms, charley horse,
fracture, stress fracture, hairline fracture, broken bone, broken toe, broken finger, broken
wrist, dislocation, torn meniscus, meniscus tear, acl tear, torn acl, rotator cuff tear, carpal
tunnel, tennis elbow, golfer's elbow, sciatica, herniated disc, slipped disc, bulging disc,
pinched nerve, back strain, whiplash, concussion, mild concussion, migraine, migraines, tension
headache, cluster headache, rebound headache, sinus headache, vertigo, bppv, labyrinthitis,
inner ear infection, tinnitus, bell's palsy, neuropathy, restless legs, insomnia, sleep apnea,
anxiety, panic attack, panic attacks, panic disorder, depression, postpartum depression, baby
blues, bipolar, adhd, ptsd, ocd, burnout, stress, hypertension, high blood pressure, low blood
pressure, hypotension, high cholesterol, diabetes, type 2 diabetes, type 1 diabetes,
prediabetes, pre-diabetes, gestational diabetes, hypoglycemia, low blood sugar, hyperglycemia,
hypothyroidism, hyperthyroidism, underactive thyroid, overactive thyroid, thyroid problem,
anemia, iron deficiency, vitamin d deficiency, b12 deficiency, dehydration, heat exhaustion,
food poisoning, stomach bug, stomach flu, stomach virus, gastroenteritis, norovirus, gastritis,
acid reflux, reflux, gerd, heartburn, indigestion, ulcer, stomach ulcer, ibs, irritable bowel,
ibd, crohn's, colitis, celiac, lactose intolerance, constipation, diverticulitis, appendicitis,
gallstones, gallbladder attack, pancreatitis, fatty liver, hemorrhoids, hormones, thyroid,
pregnant, pregnancy, anemic, dehydrated, asthma attack, lump, lumps, masses, seizure, seizures,
cramps, bruises, ulcers, tension headaches, hernia, colic, teething, growing pains, ear wax,
earwax, wax buildup, costochondritis, pleurisy, afib, atrial fibrillation, arrhythmia, heart
murmur, angina, blood clot, dvt, varicose veins, raynaud's, lupus, fibromyalgia, chronic
fatigue, lyme, lyme disease, mrsa, staph, staph infection, menopause, perimenopause, pms, pmdd,
pcos, endometriosis, fibroids, ovarian cyst, mastitis, morning sickness, enlarged prostate, bph,
prostatitis, erectile dysfunction, low testosterone, osteoporosis, cataracts, glaucoma, dry eye,
dry eyes, cancer, tumor, tumour, melanoma, skin cancer, lymphoma, leukemia, polyp, polyps, cold
sore, cold sores, canker sore, canker sores, thrush, tmj, tooth infection, dental abscess,
post-nasal drip, postnasal drip, viral infection, bacterial infection, virus, a virus,
infection, infected, side effect, side effects, withdrawal, hangover, frostbite, bug bite, bug
bites, spider bite, tick bite, bee sting, insect bite, blister, bruise, bruised rib, hematoma,
shin splints, flat feet, scoliosis, torticollis, jaundice, cradle cap, baby acne, pinworms,
obesity, long covid, post-viral cough, seasonal affective disorder, flare, flare-up, a flare,
growth spurt, sugar crash, low iron, low potassium, vitamin deficiency, nerve pain, muscle pain,
muscle knot, viral rash, dementia, alzheimer's, alzheimers, parkinson's, parkinsons,
autism, hiv, heart failure, chf, heart disease, kidney disease, ckd, multiple sclerosis, epilepsy,
cerebral palsy, eating disorder, anorexia, bulimia, schizophrenia, alcoholism, addiction, sickle
cell, cystic fibrosis, hepatitis c, hep c, hepatitis b, hep b, a stomach bug, sinus pressure,
fluid in the ear, ear fluid, swollen
glands, swollen lymph nodes, mild reaction, normal reaction, vaccine reaction, a cold sore,
pinkeye, allergic, viral, bacterial, hormonal, stress-related, anxiety-related, muscular, a
sprain, a strain, pericarditis, being dehydrated, post-viral, postviral
"""

SYMPTOMS = """
pain, ache, aches, aching, headache, headaches, stomachache, stomach ache, bellyache, back pain,
sore throat, throat pain, cough, coughing, fever, chills, congestion, runny nose, stuffy nose,
sneezing, itching, itchiness, itch, itchy, rash, swelling, inflammation, bruising, bleeding,
nausea, vomiting, diarrhea, cramps, cramping, bloating, gas, dizziness, lightheadedness,
fatigue, tiredness, palpitations, wheezing, numbness, tingling, stiffness, soreness, spasms,
pimples, blisters, burning, discharge, redness, earache, ear pain, toothache, drainage, mucus,
phlegm, night sweats, hot flashes, joint pain, symptoms, the pain, the swelling, the itch, the
cough, the fever, irritation, sores, dizzy, lightheaded, light-headed, nauseous, nauseated,
achy, sore, tired, bloated, congested, stuffy, feverish, shaky, weak, winded, short of breath,
headachy, crampy, spotting, memory lapses, forgetfulness, memory loss, nosebleed, nosebleeds,
snot, green snot, a little blood, fussiness, fussy, colicky, low mood, racing thoughts
"""

# Body parts and marks: "ice the ankle", "that lump".
BODY = """
lump, lumps, bump, bumps, spot, spots, mole, moles, cut, scrape, wound, burn, bite, sting,
splinter, stitches, scar, eye, eyes, ear, ears, throat, stomach, tummy, belly, ankle, knee,
wrist, foot, toe, finger, shoulder, back, neck, hip, chest, skin, scalp, nose, sinuses, gums,
tooth, teeth, acl, meniscus, tendon, ligament, rotator cuff, achilles, hamstring
"""

# Test names and vital signs, read with a value ("an ALT of 60") or a verdict ("is low").
LABS = """
a1c, a1-c, hba1c, hemoglobin a1c, glucose, fasting glucose, blood glucose, blood sugar, blood
sugars, fasting sugar, sugar level, sugar levels, sugars, psa, alt, ast, sgpt, sgot, alk phos,
alkaline phosphatase, bilirubin, albumin, liver enzymes, liver enzyme, liver function, liver
panel, tsh, t3, t4, free t4, thyroid level, thyroid levels, thyroid panel, ldl, hdl,
triglycerides, cholesterol, total cholesterol, lipid panel, lipids, potassium, sodium, chloride,
triglyceride,
calcium, magnesium, phosphorus, bicarbonate, bun, creatinine, egfr, gfr, kidney function, uric
acid, hemoglobin, hgb, hematocrit, hct, platelets, platelet count, wbc, white count, white blood
cell count, white cells, rbc, red blood cells, mcv, inr, pt/inr, ptt, d-dimer, troponin, bnp,
crp, c-reactive protein, esr, sed rate, vitamin d, vitamin d level, b12, b12 level, folate,
ferritin, iron, iron level, iron levels, tibc, testosterone, estrogen, fsh, lh, prolactin,
cortisol, hcg, beta hcg, microalbumin, ketones, lipase, amylase, cpk, viral load, cd4,
rheumatoid factor, ca-125, cea, blood count, cbc, metabolic panel, cmp, bmp, sugar, titers,
titer, antibody level, antibody levels
"""

# Vital signs and other measurements, read with a value or a verdict ("BP of 150/95").
MEASURES = """
blood pressure, bp, systolic, diastolic, heart rate, resting heart rate, pulse, oxygen, oxygen
level, oxygen saturation, o2, o2 sat, o2 sats, pulse ox, spo2, sats, bmi, peak flow, ejection
fraction, bone density, t-score, eye pressure, lung function, fev1
"""

# Readings that are only results with a verdict: "a fever of 101" may be a rule, not a reading.
VITALS = """
fever, temperature, temp, weight, head circumference, growth, weight gain, milestones,
percentile, growth curve
"""

# Tests and the words for their results: read only with a verdict ("the x-ray looks fine").
TESTS = """
urinalysis, urine test, urine culture, throat culture, strep culture, pap, pap smear, mammogram,
biopsy, x-ray, xray, mri, ct scan, cat scan, ultrasound, ekg, ecg, echo, stress test,
colonoscopy, strep test, flu test, covid test, pregnancy test, swab, labs, lab work, bloodwork,
blood work, blood test, blood tests, test results, lab results, scan, culture, cultures, swab
test, rapid test, sleep study, holter, holter monitor, event monitor, echocardiogram, endoscopy,
bone density scan, dexa scan, eeg, emg, nerve conduction study, pet scan, genetic test, tb test,
tb skin test, ppd, skin test, quantiferon, titer test, spirometry, hearing test, vision test,
drug screen, drug test, sti test, std test, hiv test, audiogram
"""

# Plain words for results: a result only with "your/the" and a verdict ("the numbers are fine").
RESULT_WORDS = """
reading, readings, numbers, levels, level, results
"""

# What a reading is said to be: staff interpreting a result.
VERDICTS = """
normal, abnormal, high, low, elevated, raised, borderline, fine, ok, okay, good, great, not
great, not bad, excellent, perfect, healthy, concerning, worrying, alarming, dangerous,
acceptable, reassuring, within normal limits, within normal range, within the normal range, in
the normal range, in range, out of range, off, on the high side, on the low side, too high, too
low, a bit high, a bit low, a little high, a little low, slightly high, slightly low, slightly
elevated, mildly elevated, mildly high, mildly low, a touch high, a touch low, prediabetic,
diabetic, in the prediabetes range, in the prediabetic range, in the diabetic range, well
controlled, under control, uncontrolled, stage 1, stage 2, stage one, stage two, considered
normal, considered high, considered low, nothing to worry about, nothing to worry, improving,
better, worse, creeping up, up, down, negative, positive, clear, benign, unremarkable, obese,
overweight, underweight, where it should be, where we want it, right where, spot on, clean, all
clear, squeaky clean, on track, right on track, on target, in the healthy range, in a healthy
range, neg, pos
"""

# Relatives: a capitalised word right after one of these is a name ("your husband John").
KIN = """
husband, wife, spouse, partner, boyfriend, girlfriend, fiance, fiancee, son, daughter, child,
kid, kids, baby, toddler, infant, newborn, twins, stepson, stepdaughter, mom, mum, mommy,
mother, dad, daddy, father, stepmom, stepdad, brother, sister, grandma, grandmother, grandpa,
grandfather, granny, nana, papa, grandson, granddaughter, grandchild, aunt, uncle, cousin,
niece, nephew, mother-in-law, father-in-law, sister-in-law, brother-in-law, caregiver, roommate,
neighbor, friend, coworker, boss, patient
"""

GIVEN_NAMES = """
aaron, abby, abigail, adam, addison, adrian, adriana, aiden, alan, albert, alberto, alejandra,
alejandro, alex, alexa, alexander, alexandra, alexis, alice, alicia, alison, allison, alma,
alyssa, amanda, amelia, amy, ana, andre, andrea, andres, andrew, andy, angela, angelica, angie,
anita, ann, anna, anne, annie, anthony, antonio, aria, ariana, arthur, arturo, ashley, audrey,
ava, barbara, becky, ben, benjamin, beth, betty, beverly, billy, bob, bobby, bonnie, brad,
bradley, brandon, brenda, brendan, brian, brianna, bridget, brittany, brooklyn, bruce, bryan,
caleb, camila, carl, carla, carlos, carmen, caroline, carolyn, carrie, carter, cassandra,
catherine, cathy, charles, charlie, charlotte, chelsea, cheryl, chloe, chris, christina,
christine, christopher, cindy, claire, claudia, clara, cody, colin, connor, courtney, craig,
curtis, cynthia, dale, dan, dana, daniel, daniela, danielle, danny, darlene, darren, dave,
david, deb, debbie, deborah, debra, denise, dennis, derek, devin, diana, diane, diego, dolores,
dominic, don, donald, donna, doris, dorothy, doug, douglas, dustin, dylan, ed, eddie, edgar,
eduardo, edward, edwin, eileen, elaine, eleanor, elena, eli, elijah, elizabeth, ella, ellie,
emily, emma, enrique, eric, erica, erik, erin, ernesto, esteban, esther, ethan, eugene, eva,
evan, evelyn, ezra, felipe, fernando, frances, francis, francisco, frank, gabriel, gabriela,
gabriella, gail, gary, gavin, gene, george, gerald, gerardo, gina, glenn, gloria, greg, gregory,
guillermo, hailey, haley, hank, hannah, harold, harry, hayden, hector, heidi, helen, henry,
howard, hugo, ian, irene, isaac, isabel, isabella, isaiah, ivan, jack, jackie, jackson, jacob,
jacqueline, jaime, jake, james, jamie, jane, janet, janice, jared, jasmine, jason, javier, jay,
jayden, jean, jeff, jeffrey, jenna, jennifer, jenny, jeremy, jerry, jesse, jessica, jesus, jill,
jim, jimmy, joan, joanna, joe, joel, joey, john, johnny, jon, jonathan, jorge, jose, joseph,
josh, joshua, joyce, juan, juana, judith, judy, julia, julian, julie, justin, kaitlyn, karen,
karina, kate, katelyn, katherine, kathleen, kathryn, kathy, katie, kayla, keith, kelly, ken,
kendra, kenneth, kevin, kim, kimberly, kristen, kristin, kyle, kylie, larry, laura, lauren,
leah, lee, leo, leon, leonardo, leslie, leticia, liam, lillian, linda, lindsay, lindsey, lisa,
lois, lorena, lori, lorraine, louis, lucas, lucia, lucy, luis, luisa, luke, lupe, lydia, lynn,
madeline, maggie, makayla, mandy, manuel, marcia, marco, marcos, marcus, margaret, maria, marie,
marilyn, mario, marisol, marissa, marsha, marta, martha, martin, marvin, mary, matt, matthew,
maureen, maya, megan, melanie, melissa, mia, michael, michelle, miguel, mike, mila, mildred,
miranda, molly, monica, nancy, naomi, natalie, nathan, nathaniel, nicholas, nick, nicole, noah,
nora, norma, olivia, oliver, oscar, owen, pablo, pam, pamela, patricia, patrick, patty, paul,
paula, pedro, peggy, peter, phil, philip, phyllis, priscilla, rachel, ralph, ramon, randy,
raquel, raul, raymond, rebecca, regina, renee, rhonda, ricardo, richard, rick, ricky, rita, rob,
robert, roberto, rodrigo, roger, ron, ronald, rosa, ruben, russell, ruth, ryan, sabrina, sadie,
sally, sam, samantha, samuel, sandra, sara, sarah, scott, sean, sebastian, sergio, seth,
shannon, sharon, shawn, sheila, shelby, shirley, silvia, sofia, sophia, sophie, stacy,
stephanie, stephen, steve, steven, susan, suzanne, sydney, sylvia, tammy, tanya, tara, ted,
teresa, terri, terry, theresa, thomas, tiffany, tim, timothy, tina, todd, tom, tommy, tony,
tracy, travis, troy, valerie, vanessa, veronica, vicki, victor, vincent, virginia, walter,
wanda, wayne, wendy, wesley, whitney, william, willie, wyatt, xavier, yolanda, zachary, zoe,
amber, carol, heather, tyler
"""

SURNAMES = """
adams, allen, anderson, bailey, baker, barnes, bell, bennett, brooks, brown, bryant, butler,
campbell, carter, chen, clark, coleman, collins, cook, cooper, cox, davis, edwards, evans,
fisher, foster, graham, gray, green, griffin, hall, hamilton, harris, hayes, henderson, hill,
howard, hughes, jackson, james, jenkins, johnson, jones, kelly, kennedy, kim, king, lee, lewis,
long, martin, mcdonald, miller, mitchell, moore, morgan, morris, murphy, myers, nelson, nguyen,
owens, parker, patel, perry, peterson, phillips, powell, price, reed, richardson, roberts,
robinson, rogers, ross, russell, sanders, scott, shah, simmons, smith, stewart, sullivan,
taylor, thomas, thompson, tran, turner, walker, wang, ward, washington, watson, white,
whitfield, williams, wilson, wood, wright, young
"""
