"""A product's type: a vocabulary of kinds of goods in the languages catalogs are written in.

A type is read from the product's own name first, where the *head noun* names what the thing
is, and only then from its nearby text. Where the head stands depends on the language:

- English, German, Dutch, Afrikaans, the Nordic languages, Finnish, Estonian, Hungarian,
  Turkish and Latvian put it last ("Desk Lamp" is a lamp, not a desk), and their compounds end
  in it ("Schreibtischleuchte", "Pendellampa", "falfesték", "puuruuvi"), so the endings of
  compounds count as words (in the agglutinative languages in lower case too, with their plural
  or possessive ending: "Türk Kahvesi");
- French, Spanish, Italian, Portuguese, Romanian, Catalan, the Slavic languages, Vietnamese
  and Indonesian put it first, the modifiers after it ("Lampe de bureau" is a lamp, "Cuchillo
  mesa" a knife, not a table).

In an English name a type word before a head that names no type only modifies it: a "Wet floor
warning sign" is a sign, no floor, and neither the text around it nor a heading naming the same
type ("CAUTION WET FLOOR") types it so (`noun_modifiers`).

A name is read the second way when it holds a word only those languages use, or one of their
function words ("de", "con", "do"...). A word spelt alike in both groups takes its meaning from
the name's group: Spanish "pan" is bread, English "pan" a pan. Words naming a feature or a
shape as often as a thing ("light grey", a sapphire "pendant", a manhole "ring", an "LED
display") give a type only when the name has no other type word, and never from the text
around it. Horticultural names ("Acer palmatum 'Bloodgood'", a cultivar in single quotes) are
plants by their form. Nothing matches inside a word except the compound endings, so a novel's
or a guide's words type nothing they do not name.

A section's heading types the products under it only when it names their category, its head
noun a type word ("LIGHTING", "Office furniture", "Mobilier de bureau"); a type word after a
preposition or a possessive is the object of a phrase ("From our oven", "For your kitchen").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pdfqueue.engines.noun_modifiers import unnamed_head

__all__ = [
    "PRODUCT_TYPES",
    "catalog_type",
    "material_type",
    "most_named_type",
    "prevailing_type",
    "product_type",
    "section_type",
    "weak_name_type",
]

PRODUCT_TYPES = (
    "flooring",
    "wall covering",
    "furniture",
    "lighting",
    "textile",
    "clothing",
    "accessory",
    "jewellery and watches",
    "electronics",
    "appliance",
    "kitchenware",
    "food and drink",
    "health and beauty",
    "tool and hardware",
    "stationery",
    "book",
    "toy",
    "sports and outdoors",
    "musical instrument",
    "pet supplies",
    "plant",
    "auto part",
    "gemstone",
    "building product",
    "service",
    "other",
)

# Words whose head stands last: English, German, Dutch, Swedish, Danish, Norwegian.
_LAST: dict[str, str] = {
    "flooring": """floor flooring parquet laminate plank lvt tile tiles floor tile vinyl
        flooring parkett laminat fliese fliesen dielen vinylboden bodenbelag vloer parket
        laminaat tegel tegels vloertegel golv klinker parketgolv gulv fliser""",
    "wall covering": """wallpaper wall covering wall panel wall tile cladding tapete tapeten
        wandpaneel wandverkleidung behang wandtegel tapet tapeter kakel""",
    "furniture": """furniture möbel möbler møbler meubels
        chair table sofa desk cabinet shelf bed stool bench wardrobe armchair
        sideboard dresser bookcase bookshelf shelving drawer unit ottoman footstool couch
        loveseat recliner mattress headboard nightstand bedside table coffee table dining table
        workstation locker credenza cupboard futon daybed bunk bed bar stool bureau stuhl stühle
        tisch esstisch couchtisch schreibtisch beistelltisch konferenztisch nachttisch sessel
        schrank regal kommode bett hocker vitrine garderobe stoel stoelen eettafel salontafel
        bijzettafel bureaustoel fauteuil kast stoel stol stolar matstol kontorsstol bord matbord
        soffbord skrivbord sängbord soffa fåtölj skåp hylla bokhylla säng pall taburett skänk
        byrå lænestol lenestol skab hylde hylle seng spisebord sofabord skrivebord""",
    "lighting": """lighting beleuchtung
        lamp luminaire chandelier sconce spotlight downlight floodlight lantern bulb
        lightbulb light bulb floor lamp table lamp desk lamp wall light ceiling light led strip
        lampe leuchte leuchten lampen kronleuchter leuchtmittel glühbirne hanglamp verlichting
        lampa lampor belysning ljuskrona lamper loftlampe""",
    "textile": """fabric textile curtain rug carpet cushion upholstery blanket towel bedding
        duvet pillow pillowcase bedspread bed linen tablecloth napkin yarn quilt plaid stoff
        stoffe vorhang gardine teppich kissen handtuch bettwäsche garn wolle gordijn tapijt
        vloerkleed deken handdoek garen wol tyg gardin matta kudde pude filt handduk håndklæde
        ull uld pläd pledd""",
    "clothing": """shirt pant t-shirt blouse trousers pants jeans shorts skirt dress jacket coat
        blazer sweater jumper cardigan hoodie sweatshirt polo shirt vest gilet overalls coverall
        dungarees socks underwear pyjamas tunic leggings tights scarf hat gloves shoes shoe
        boots sneakers trainers sandals sandal loafers slippers workwear apron knitwear
        outerwear lingerie swimsuit bikini clothing hemd bluse kleid jacke mantel pullover
        strickjacke weste socken schuhe stiefel mütze schal handschuhe anzug arbeitshose
        overhemd broek jurk jas trui sokken schoenen laarzen muts sjaal handschoenen werkbroek
        skjorta skjorte byxor bukser bukse kjol nederdel klänning kjole jacka jakke tröja trøje
        genser strumpor strømper skor stövlar mössa halsduk tørklæde handskar handsker""",
    "accessory": """accessories
        accessory vase mirror frame hook handle stylus case bag handbag backpack
        wallet purse umbrella sunglasses eyewear spectacles keyring tote bag tasche handtasche
        rucksack geldbörse regenschirm sonnenbrille spiegel tas rugzak portemonnee paraplu
        zonnebril spiegel väska ryggsäck plånbok paraply solglasögon spegel taske pung""",
    "jewellery and watches": """jewellery jewelry armband necklace earrings earring brooch
        bangle bracelet cufflinks anklet wristwatch chronograph schmuck halskette ohrringe
        ohrring armbanduhr uhr ketting oorbellen horloge halsband örhängen smycke armbandsur
        halskæde øreringe smykke""",
    "electronics": """electronics
        iphone phone smartphone laptop ipad macbook earbuds airpods smartwatch
        watch speaker headphones camera tv monitor keyboard mouse router webcam power bank
        powerbank charger soundbar projector drone console headset microphone printer scanner
        hard drive ssd memory card usb stick dash cam dashcam television smart tv mobile phone
        microcontroller mcu resistor capacitor transistor diode mosfet op-amp fernseher
        kopfhörer lautsprecher drucker tastatur ladegerät kamera bildschirm koptelefoon
        luidspreker toetsenbord muis oplader televisie hörlurar högtalare skrivare tangentbord
        laddare hovedtelefoner højttaler fjernsyn""",
    "appliance": """appliances appliance
        washing machine washer-dryer tumble dryer dryer dishwasher fridge
        refrigerator freezer oven microwave cooker hob cooker hood extractor hood toaster kettle
        electric kettle blender mixer food processor juicer coffee machine coffee maker espresso
        machine vacuum vacuum cleaner hair dryer air fryer fryer air conditioner dehumidifier
        humidifier heater waschmaschine trockner geschirrspüler spülmaschine kühlschrank
        gefrierschrank backofen mikrowelle wasserkocher staubsauger kaffeemaschine
        kaffeevollautomat dunstabzugshaube föhn wasmachine droger vaatwasser koelkast vriezer
        magnetron broodrooster waterkoker stofzuiger koffiemachine koffiezetapparaat afzuigkap
        tvättmaskin torktumlare diskmaskin kylskåp frys frysbox ugn mikrovågsugn brödrost
        vattenkokare dammsugare kaffebryggare espressomaskin köksfläkt hårtork vaskemaskine
        tørretumbler opvaskemaskine køleskab fryser ovn mikroovn brødrister elkedel kedel
        støvsuger kaffemaskine emhætte""",
    "kitchenware": """kitchenware
        pan frying pan saucepan skillet wok stockpot casserole dutch oven knife
        knives fork spoon teaspoon cutlery chef's knife cutting board chopping board bowl plate
        mug cup tumbler teapot jug carafe colander whisk ladle spatula grater peeler baking tray
        mixing bowl tableware dinnerware crockery cookware utensil wine glass steam table pan
        pfanne bratpfanne kochtopf topf messer gabel löffel besteck schneidebrett schüssel
        teller tasse becher kanne koekenpan steelpan pannenkoekenpan bestek vork lepel snijplank
        mok kopje stekpanna kastrull kniv gaffel sked bestick skärbräda skål tallrik kopp mugg
        stegepande gryde ske bestik skærebræt""",
    "food and drink": """juice tea tea bags coffee espresso latte cappuccino water soda cola
        beer wine milk smoothie fruit vegetable beverage pizza pasta salad ensalada pesca panini
        hamburguesa queso salsa chocolate pane pain brot bread torta tarta pastel cake pie
        postre dessert focaccia carpaccio tartar ceviche pescado fish salmón salmon atún tuna
        carne beef res lomito pollo chicken cerdo pork camarón langostino calamar rigatoni penne
        linguine spaghetti risotto sopa soup burger sandwich mozzarella burrata margherita café
        loaf croissant cheese butter yoghurt yogurt eggs egg rice flour sugar olive oil honey
        jam sauce noodles cereal oats beans chickpeas lentils tomatoes tomato apples apple
        banana bananas strawberries meat bacon ham sausage steak prawns champagne prosecco
        whisky whiskey vodka gin liqueur cider biscuits cookies crisps almonds olives vinegar
        spices pastry bun muffin tart ice cream sour cream cream cheese chardonnay sauvignon
        merlot cabernet pinot noir riesling syrah shiraz tempranillo grenache malbec chenin
        blanc pinotage cava crémant docg aoc aop igp brötchen käse milch joghurt eier reis mehl
        zucker honig marmelade soße nudeln kaffee saft wein bier wasser wurst fleisch schinken
        tomaten kartoffeln kuchen schokolade obst gemüse brood kaas boter melk eieren rijst
        suiker honing saus koffie thee sap wijn vlees gehakt aardbeien appels tomaten chocolade
        koek taart bröd brød smör smør mjölk mælk ägg æg ris mjöl socker sukker honung honning
        sylt kaffe vin øl vatten korv pølse kött kød skinka skinke lax laks kyckling kylling
        choklad chokolade kaka kage tårta""",
    "health and beauty": """cream lotion shampoo soap shower gel body wash deodorant toothpaste
        toothbrush mouthwash lipstick mascara eyeliner perfume fragrance eau de toilette eau de
        parfum cologne serum moisturiser moisturizer sunscreen sun cream cleanser nail polish
        makeup cosmetics skincare concealer vitamin vitamins supplement capsules balm bandage
        eye drops paracetamol ibuprofen painkiller hand sanitiser razor seife duschgel deo
        zahnpasta zahnbürste lippenstift parfum parfüm sonnencreme tabletten kapseln salbe
        tropfen vitamine nahrungsergänzung zeep douchegel tandpasta tandenborstel zonnebrand
        capsules vitamines zalf kräm schampo tvål sæbe tandkräm tandborste tandbørste parfym
        parfume solkräm tabletter kapslar kapsler vitaminer salva""",
    "tool and hardware": """tool tools tool set toolkit socket set drill saw jigsaw sander
        grinder angle grinder hammer screwdriver wrench spanner pliers spirit level laser level
        tape measure clamp ladder stepladder wheelbarrow screw bolt washer rivet wall plug dowel
        hinge bracket padlock cable tie multimeter sandpaper trowel spade shovel rake pruner
        secateurs shears hedge trimmer lawn mower mower pressure washer garden hose bohrmaschine
        bohrer akkuschrauber schrauber säge stichsäge kreissäge schleifer schraubendreher
        schraubenschlüssel zange werkzeug werkzeugset schraube schrauben dübel scharnier
        rasenmäher boormachine boor zaag decoupeerzaag schuurmachine hamer schroevendraaier
        moersleutel tang gereedschap schroef schroeven bout scharnier ladder grasmaaier borr
        borrmaskin bormaskine såg sav slipmaskin hammare skruvmejsel skruetrækker skrutrekker
        tång verktyg værktøj verktøy skruv skrue skruer bult gångjärn hængsel gräsklippare
        plæneklipper""",
    "stationery": """pen pencil ballpoint rollerball fineliner marker highlighter crayon eraser
        notebook notepad refill pad paper copier paper envelope folder binder stapler staples
        scissors glue ruler sharpener sticky notes diary planner ink ink cartridge sketchbook
        flashcards exercise book stationery kugelschreiber bleistift stift füller füllhalter
        textmarker radiergummi heft papier umschlag ordner hefter schere kleber lineal spitzer
        tinte potlood balpen envelop nietmachine schaar lijm liniaal puntenslijper penna
        blyertspenna kulspetspenna suddgummi anteckningsbok papper kuvert pärm häftapparat
        linjal vässare bläckpatron kuglepen blyant viskelæder notesbog papir hæftemaskine saks""",
    "book": """book novel paperback hardback hardcover ebook isbn audiobook cookbook guidebook
        dictionary anthology buch bücher taschenbuch boek boeken bok böcker""",
    "toy": """toy puzzle jigsaw puzzle doll teddy teddy bear soft toy plush playset play set
        board game rattle building blocks spielzeug puppe plüschtier kuscheltier bausteine
        speelgoed knuffel puzzel bouwstenen leksak leksaker docka gosedjur pussel legetøj dukke
        bamse puslespil""",
    "sports and outdoors": """bike bicycle e-bike ebike mountain bike road bike gravel bike
        city bike cargo bike tricycle helmet cycle helmet tent sleeping bag football basketball
        volleyball tennis racket racquet golf club golf balls skis snowboard skateboard kayak
        canoe fishing rod fishing reel treadmill dumbbell kettlebell yoga mat trekking poles
        fahrrad fahrräder zelt schlafsack fiets fietsen slaapzak cykel cyklar tält sovsäck
        sykkel telt sovepose""",
    "musical instrument": """guitar electric guitar acoustic guitar bass guitar ukulele piano
        digital piano grand piano synthesizer drum kit snare drum cymbal violin viola cello
        double bass trumpet trombone saxophone clarinet flute oboe harmonica mandolin banjo
        accordion gitar gitarre klavier geige schlagzeug trompete querflöte gitaar viool trompet
        gitarr fiol trummor""",
    "pet supplies": """dog food cat food puppy food kitten food kibble cat litter dog bed pet bed
        dog leash scratching post cat tree dog treats cat treats pet carrier bird seed chew
        hundefutter katzenfutter katzenstreu hondenvoer kattenvoer hundfoder kattmat kattsand""",
    "plant": """plant seed seeds flower bulbs shrub perennial tulip daffodil orchid succulent
        cactus fern bouquet cut flowers flowers flower seedling sapling potted plant bonsai
        pflanze pflanzen samen saatgut blumenzwiebeln strauch baum tulpe tulpen staude stauden
        blumen blume topfpflanze planten zaden zaad bloembollen tulpenbollen heester vaste plant
        tulp boeket växt växter plante planter frön frø blomsterlökar blomsterløg buske stauder
        perenn tulpan tulipan blommor blomster bukett buket""",
    "auto part": """filter brake spark plug engine suspension radiator alternator starter shock
        absorber oem gasket bearing coolant pulley brake disc brake pad caliper master cylinder
        ignition coil turbocharger oil cooler water pump fuel pump battery control unit ecu
        control arm ball joint bushing stabilizer bar tie rod wheel bearing a/c compressor
        condenser refrigerant cooling fan thermostat drive belt belt tensioner clutch drive
        shaft transmission engine mount oxygen sensor tyre tyres tire tires wiper blade glow
        plug piston roof box roof bars tow bar towbar floor mats mud flaps headlight headlamp
        headlight bulb abs sensor wheel sensor reifen bremse bremsbelag bremsscheibe zündkerze
        ölfilter luftfilter kraftstofffilter innenraumfilter stoßdämpfer kupplung
        scheibenwischer wischerblatt remblok remschijf bougie oliefilter luchtfilter schokdemper
        koppeling ruitenwisser däck bromsskiva bromsbelägg tändstift oljefilter stötdämpare
        koppling torkarblad""",
    "gemstone": """gem gemstone diamond ruby sapphire emerald pearl jade topaz opal amethyst
        garnet tanzanite citrine agate malachite tourmaline peridot aquamarine labradorite lapis
        lazuli hematite bloodstone moonstone amazonite kunzite alexandrite onyx chrysoprase
        amber turquoise rhodonite apatite heliotrope sardonyx sunstone quartz morganite
        spessartine zircon spinel beryl jasper carnelian obsidian mohs edelstein mondstein
        turmalin citrin rosenquarz bergkristall spinell saphir rubin smaragd granat bernstein
        achat diamant""",
    "building product": """precast concrete slab beam manhole brick hollow-core pipe valve
        fitting fittings toilet wc washbasin basin sink faucet shower bathtub insulation
        plasterboard drywall paint varnish emulsion plaster mortar cement door window roofing
        gutter lintel kerb drain paving slab socket outlet light switch rohr ventil waschbecken
        waschtisch dusche badewanne tür türen fenster ziegel mörtel zement dämmung steckdose
        schalter buis kraan wastafel douche deur raam verf stopcontact wandcontactdoos
        schakelaar baksteen isolatie rör handfat dusch toalett dörr fönster eluttag strömbrytare""",
    "service": """service services consulting design report drawings engineering subscription
        licence license consultation dienstleistung lizenz abonnement licentie abonnemang licens""",
}

# Words whose head stands first: French, Spanish, Italian, Portuguese, Polish, Czech, Indonesian.
_FIRST: dict[str, str] = {
    "flooring": """carrelage carreau stratifié suelo pavimento tarima baldosa piastrella
        piastrelle laminato soalho ladrilho podłoga parkiet płytka płytki płytka podłogowa
        panele podłogowe podlaha parkety dlažba dlaždice lantai ubin""",
    "wall covering": """papier peint revêtement mural lambris papel pintado carta da parati
        papel de parede tapeta tapety płytka ścienna obklad""",
    "furniture": """mobilier meubles muebles mobili móveis meble
        chaise chaises fauteuil canapé armoire commode étagère bibliothèque tabouret
        taburet banc desserte caisson siège vestiaire meuble pouf silla sillas sillón mesa mesas
        sofá armario estantería cama taburete escritorio aparador cómoda butaca mueble sedia
        sedie poltrona tavolo tavoli tavolino divano armadio libreria letto comodino madia
        sgabello scrivania cassettiera panca cadeira cadeiras estante krzesło krzesła fotel stół
        stolik kanapa szafa regał łóżko komoda biurko taboret židle křeslo stůl stolek pohovka
        sedačka skříň postel trojsedák dvojsedák kursi meja lemari ranjang tempat tidur""",
    "lighting": """éclairage iluminación illuminazione iluminação oświetlenie
        lampadaire applique plafonnier lustre lámpara lámparas aplique plafón
        bombilla luminaria lampada lampade lampadario plafoniera faretto lampadina candeeiro
        lâmpada luminária kinkiet żyrandol żarówka svítidlo lustr žárovka lampička lampu""",
    "textile": """tissu rideau tapis coussin couverture nappe drap housse laine tela cortina
        alfombra cojín manta toalla mantel lana hilo tessuto tenda tappeto cuscino coperta
        asciugamano tovaglia filato tecido tapete almofada toalha lã tkanina zasłona firana
        dywan poduszka koc ręcznik obrus włóczka látka závěs koberec polštář deka ručník ubrus
        příze kain tirai karpet bantal selimut handuk benang""",
    "clothing": """chemise chemisier pantalon jean jupe robe veste manteau blouson débardeur
        chaussettes chaussures bottes écharpe gants tablier camisa camiseta pantalón pantalones
        falda vestido chaqueta abrigo sudadera chaleco calcetines zapatos zapatillas botas gorro
        bufanda guantes delantal camicia camicie pantaloni gonna abito vestito giacca cappotto
        maglia maglione felpa calzini scarpe stivali cappello sciarpa guanti grembiule camisola
        calças saia casaco blusa meias sapatos chapéu luvas avental koszula spodnie spódnica
        sukienka kurtka płaszcz sweter bluza skarpety buty czapka szalik rękawice fartuch košile
        kalhoty sukně šaty bunda kabát svetr mikina ponožky boty čepice šála rukavice zástěra
        kemeja kaos celana gaun jaket sepatu topi""",
    "accessory": """sac portefeuille parapluie lunettes miroir bolso mochila paraguas gafas
        espejo jarrón borsa zaino portafoglio ombrello occhiali specchio bolsa carteira
        guarda-chuva óculos espelho torba torebka plecak portfel parasol okulary lustro wazon
        taška kabelka batoh peněženka deštník brýle zrcadlo váza dompet payung kacamata cermin""",
    "jewellery and watches": """bague collier boucles d'oreilles pendentif broche montre montres
        chronographe bijou bijoux anillo pulsera pendientes aretes reloj joya joyas anello
        collana bracciale orecchini ciondolo spilla orologio gioiello gioielli anel colar
        pulseira brincos pingente relógio joia pierścionek naszyjnik bransoletka kolczyki
        wisiorek zegarek biżuteria prsten náhrdelník náramek náušnice přívěsek hodinky cincin
        kalung gelang anting liontin jam tangan perhiasan""",
    "electronics": """téléphone ordinateur écouteurs imprimante clavier souris chargeur appareil
        photo caméra téléviseur télévision teléfono móvil ordenador tableta auriculares altavoz
        impresora teclado ratón cargador cámara televisor telefono cellulare cuffie auricolari
        altoparlante stampante tastiera caricabatterie fotocamera televisore telemóvel celular
        computador auscultadores impressora carregador câmara câmera telefon smartfon słuchawki
        głośnik drukarka klawiatura mysz ładowarka telewizor sluchátka reproduktor tiskárna
        klávesnice myš nabíječka fotoaparát televize ponsel televisi""",
    "appliance": """lave-linge sèche-linge lave-vaisselle réfrigérateur frigo congélateur
        micro-ondes grille-pain bouilloire mixeur aspirateur cafetière machine à café
        sèche-cheveux friteuse lavadora secadora lavavajillas frigorífico nevera congelador
        horno microondas tostadora hervidor batidora licuadora aspiradora cafetera máquina de
        café freidora secador de pelo lavatrice asciugatrice lavastoviglie frigorifero
        congelatore forno microonde tostapane bollitore frullatore aspirapolvere macchina da
        caffè macchina per caffè friggitrice asciugacapelli máquina de lavar máquina de secar
        geladeira torradeira chaleira chaleira elétrica batedeira liquidificadora liquidificador
        aspirador fritadeira robot de cozinha varinha mágica secador de cabelo pralka suszarka
        zmywarka lodówka zamrażarka piekarnik mikrofalówka toster czajnik mikser odkurzacz
        ekspres do kawy okap frytkownica pračka sušička myčka lednice chladnička mraznička
        trouba mikrovlnná trouba topinkovač konvice rychlovarná konvice mixér vysavač kávovar
        digestoř fén mesin cuci kulkas lemari es pemanggang roti ketel listrik penyedot debu
        mesin kopi rice cooker""",
    "kitchenware": """poêle casserole couteau couteaux fourchette cuillère couverts planche à
        découper saladier assiette tasse théière carafe passoire louche râpe sartén cazo cazuela
        olla cuchillo cuchillos tenedor cuchara cucharilla cubertería tabla de cortar cuenco
        taza tetera jarra colador cucharón rallador padella pentola coltello coltelli forchetta
        cucchiaio cucchiaino posate tagliere ciotola tazza teiera caraffa colino mestolo
        grattugia frigideira tacho faca facas garfo colher talheres tábua de corte tigela
        chávena caneca bule jarro escorredor ralador patelnia garnek nóż noże widelec łyżka
        łyżeczka sztućce deska do krojenia miska talerz kubek filiżanka czajniczek dzbanek
        durszlak tarka pánev hrnec nůž nože vidlička lžíce lžička příbory prkénko miska talíř
        hrnek konvička cedník struhadlo wajan panci pisau garpu sendok piring mangkuk cangkir""",
    "food and drink": """pan al horno al forno au four baguette fromage beurre lait yaourt œufs
        oeufs riz farine sucre miel confiture pâtes thé jus vin bière eau minérale viande jambon
        saucisse poulet bœuf boeuf porc saumon poisson chocolat gâteau tarte pommes fruits
        légumes soupe salade cidre mantequilla leche yogur huevos arroz harina azúcar aceite de
        oliva mermelada té zumo jugo vino cerveza agua jamón chorizo salchicha ternera tortilla
        croquetas gambas pulpo patatas gazpacho paella helado galletas formaggio burro uova riso
        farina zucchero olio extravergine miele marmellata caffè tè succo birra acqua prosciutto
        salame salsiccia manzo maiale pesce gelato biscotti cioccolato pão queijo manteiga leite
        iogurte ovos farinha açúcar azeite compota chá sumo suco vinho cerveja água fiambre
        presunto chouriço frango peixe bacalhau bolo bolos chleb bułka masło mleko jogurt jaja
        jajka ryż mąka cukier miód dżem kawa herbata sok wino piwo woda szynka kiełbasa kurczak
        wołowina wieprzowina ryba makaron kasza ciasto czekolada śmietana chléb chleba rohlík
        sýr máslo mléko vejce rýže mouka cukr káva čaj džus víno pivo voda šunka klobása kuře
        maso těstoviny dort čokoláda roti keju mentega susu telur beras nasi tepung gula madu
        selai kopi teh jus ayam daging ikan sate mie kue cokelat""",
    "health and beauty": """shampooing savon gel douche dentifrice brosse à dents rouge à lèvres
        sérum baume comprimés gélules vitamine pansement champú jabón gel de ducha pasta de
        dientes cepillo de dientes pintalabios perfume protector solar comprimidos cápsulas
        vitamina vitaminas pomada sapone bagnoschiuma dentifricio spazzolino rossetto profumo
        siero compresse collirio pomata integratore pastiglie champô xampu sabonete gel de banho
        pasta de dentes escova de dentes batom protetor solar szampon mydło żel pod prysznic
        pasta do zębów szczoteczka do zębów pomadka perfumy krem tabletki kapsułki witamina maść
        šampon mýdlo sprchový gel zubní pasta zubní kartáček rtěnka parfém krém tablety kapsle
        vitamín sampo sabun pasta gigi sikat gigi lipstik""",
    "tool and hardware": """perceuse visseuse scie ponceuse meuleuse marteau tournevis pince
        outil outils vis boulon écrou cheville charnière mètre ruban tondeuse sécateur taladro
        lijadora amoladora martillo destornillador alicates herramienta herramientas tornillo
        tornillos perno tuerca bisagra cortacésped trapano avvitatore levigatrice smerigliatrice
        martello cacciavite pinza pinze utensile attrezzo attrezzi bullone cerniera tosaerba
        rasaerba berbequim furadeira lixadora rebarbadora martelo chave de fendas alicate
        ferramenta ferramentas parafuso parafusos dobradiça dobradiças fita métrica nível de
        bolha wiertarka wkrętarka piła szlifierka młotek śrubokręt wkrętak wkrętaki klucz klucze
        kluczy szczypce narzędzia narzędzie śruba śruby wkręt wkręty nakrętka zawias drabina
        kosiarka vrtačka šroubovák bruska kladivo kleště nářadí šroub šrouby vrut žebřík sekačka
        gergaji palu obeng perkakas sekrup baut engsel""",
    "stationery": """stylo stylos crayon feutre surligneur gomme cahier carnet bloc-notes
        enveloppe classeur agrafeuse ciseaux colle taille-crayon encre bolígrafo lápiz lápices
        rotulador marcador cuaderno libreta papel carpeta grapadora tijeras pegamento regla
        sacapuntas penna matita pennarello evidenziatore quaderno taccuino raccoglitore
        cucitrice forbici colla righello temperino caneta lápis caderno agrafador tesoura régua
        tinteiro długopis ołówek flamaster zakreślacz zeszyt koperta segregator zszywacz
        nożyczki klej linijka temperówka propiska tužka zvýrazňovač sešit papír obálka šanon
        sešívačka nůžky lepidlo pravítko ořezávátko pulpen pensil spidol penghapus buku tulis
        kertas amplop gunting penggaris rautan""",
    "book": """livre livres libro libros novela romanzo livro książka powieść kniha buku""",
    "toy": """jouet jouets poupée peluche jeu de société juguete juguetes muñeca rompecabezas
        giocattolo giocattoli bambola brinquedo brinquedos boneca pelúcia quebra-cabeça zabawka
        zabawki lalka maskotka klocki hračka hračky panenka plyšák stavebnice mainan boneka""",
    "sports and outdoors": """vélo vélos bicicleta bicicletas bicicletta biciclette rower
        raquette raqueta racchetta""",
    "musical instrument": """guitare guitarra chitarra violon violín violino trompette
        flûte flauta flauto saxophone saxofón accordéon fisarmonica gitara skrzypce""",
    "pet supplies": """croquettes pour chien croquettes pour chat litière pienso lettiera""",
    "plant": """plante plantes graines semences bulbes arbre arbuste vivace vivaces tulipe
        fleurs rosier planta plantas semillas bulbos árbol arbusto tulipán flores ramo rosal
        pianta piante bulbi albero tulipano fiori sementes bolbos árvore roślina rośliny nasiona
        cebulki drzewo krzew tulipan kwiaty bukiet rostlina semena cibulky strom keř květiny
        kytice tanaman bibit benih pohon bunga""",
    "auto part": """pneu pneus plaquettes de frein disque de frein bougie d'allumage filtre à
        huile filtre à air amortisseur embrayage essuie-glace neumático neumáticos pastillas de
        freno disco de freno bujía filtro de aceite filtro de aire amortiguador embrague
        pneumatico pneumatici pastiglie freno disco freno filtro olio filtro aria ammortizzatore
        frizione tergicristallo pastilhas de travão disco de travão vela de ignição filtro de
        óleo filtro de ar amortecedor embraiagem embreagem opona opony klocki hamulcowe tarcza
        hamulcowa świeca zapłonowa filtr oleju filtr powietrza amortyzator sprzęgło wycieraczka
        pneumatika pneumatiky brzdové destičky brzdový kotouč zapalovací svíčka olejový filtr
        vzduchový filtr tlumič spojka stěrač kampas rem busi filter oli filter udara kopling""",
    "gemstone": """berlian permata batu zamrud kecubung safir mutiara akik giok pirus kuarsa
        turmalin pierre précieuse piedra preciosa pietra preziosa""",
    "building product": """tuyau robinet vanne lavabo vasque douche baignoire porte fenêtre
        peinture enduit ciment brique parpaing tuile interrupteur tubo tubería válvula grifo
        ducha inodoro puerta ventana pintura cemento ladrillo teja enchufe interruptor valvola
        rubinetto lavandino doccia finestra pittura vernice mattone tegola interruttore torneira
        lavatório chuveiro sanita janela cimento tijolo telha rura zawór umywalka prysznic
        toaleta drzwi okno farba cegła pustak gniazdko włącznik trubka umyvadlo sprcha záchod
        dveře cihla zásuvka vypínač pipa keran pintu jendela bata genteng stopkontak saklar""",
    "service": """prestation suscripción licencia servicio abbonamento licenza servizio
        assinatura licença serviço subskrypcja licencja serwis usługa předplatné servis služba
        langganan lisensi layanan jasa""",
}

# Endings of German, Dutch and Nordic compounds that name their head ("Stehleuchte",
# "Arbeitshose" is left out: English "hose" is a garden hose).
_COMPOUND_HEADS: dict[str, str] = {
    "flooring": "boden parkett vloer golv gulv fliesen",
    "wall covering": "tapete tapeten",
    "furniture": "stuhl stühle sessel schrank schränke regal kommode sofa stoel stoelen soffa kast "
    "fåtölj skåp hylla säng hocker bett",
    "lighting": "leuchte leuchten lampe lampen lampa lampor lamper",
    "clothing": "jacke hemd kleid schuhe mantel pullover broek jacka jakke byxor tröja skjorta",
    "textile": "plaid teppich kissen handtuch vorhang",
    "accessory": "tasche spiegel rahmen",
    "jewellery and watches": "uhr",
    "appliance": "kühlschrank gefrierschrank waschmaschine kaffeemaschine spülmaschine "
    "koelkast kylskåp køleskab blender sauger brygger",
    "electronics": "lautsprecher kopfhörer højttaler høyttaler",
    "kitchenware": "pfanne panna pande becher krug teller tasse schüssel kanne krus kande",
    "food and drink": "saft wein bier worst wurst fleisch käse brot brood kaas sap wijn "
    "gehakt mjöl socker milch beeren filet steak steaks kaffee juice mineralwasser",
    "health and beauty": "creme tabletten lippenstift salbe balsam balsem lotion pflaster "
    "thermometer",
    "tool and hardware": "säge schrauber schraube schrauben werkzeug zange bohrer schleifer "
    "dübel bohrmaschine zaag schroef schroeven",
    "stationery": "stift",
    "toy": "spielzeug brettspiel spil",
    "plant": "pflanze pflanzen blumenzwiebel blumenzwiebeln",
    "musical instrument": "gitarre gitarr gitar piano klavier",
    "pet supplies": "futter voer",
    "auto part": "reifen bremse",
    "building product": "waschtisch waschbecken rohr ventil steckdose tür fenster "
    "contactdoos schakelaar wc becken wanne",
}

# Words as often a feature or a shape as a thing: a type only when the name has no other.
_WEAK_LAST: dict[str, str] = {
    "lighting": "light lights pendant pendants led leds",
    "jewellery and watches": "ring rings",
    "electronics": "tablet tablets",  # a computer, or pills ("Vitamin C tablets")
}

# More head-last words: English food and materials, and the languages whose compounds and
# inflected forms end in their head: Finnish, Estonian, Hungarian, Turkish, Latvian, Afrikaans
# (and more Dutch and Swedish groceries). Only words that name a kind of goods in general use.
_LAST_MORE: dict[str, str] = {
    "food and drink": """lamb duck venison tofu mushroom mushrooms cauliflower spinach leek
        leeks polenta gnocchi seabass haddock trout mackerel shrimp shrimps lobster oysters
        mussels scallops veal cookie bagel brownie cheesecake scone pancake
        pancakes doughnut donut americano macchiato flat white lemonade milkshake tonic
        rum brandy cognac pastries
        walnuts cashews pistachios hazelnuts peanuts raisins groceries
        olijven olijf amandelen walnoten cashewnoten vijgen saus salade burger
        kip spek ribs tomater bönor havregryn majs ananas potatis potatismos
        leipä juusto maito liha kahvi olut viini mehu makkara kinkku jauheliha jogurtti kerma
        hunaja hillo peruna perunat omena omenat suklaa keksi keksit kakku pulla riisi jauhot
        sokeri lohi
        leib juust piim kohv õlu mahl vorst jogurt moos kartul kartulid õun õunad
        šokolaad küpsis küpsised suhkur jahu riis
        kenyér sajt tej vaj hús kávé sör gyümölcslé kolbász sonka csirke joghurt tejföl méz
        lekvár burgonya krumpli csokoládé keksz torta sütemény liszt cukor rizs tojás
        szalámi pálinka ásványvíz tészta
        ekmek peynir süt tereyağı yoğurt yumurta tavuk balık kahve kahvesi çay bira şarap
        meyve suyu sucuk sosis reçel zeytin zeytinyağı pirinç şeker makarna çikolata kek
        kurabiye bisküvi börek poğaça simit tatlı dondurma çorba salata kahvaltı kahvaltısı
        lokum baklava limonata ayran
        maize siers piens sviests gaļa zivs kafija tēja vīns šķiņķis medus
        ievārījums kartupeļi āboli šokolāde cepumi kūka krējums biezpiens
        brandewyn vonkelwyn brood kaas melk botter vleis wors biltong
        albariño verdejo garnacha monastrell mencía sangiovese nebbiolo barbera dolcetto primitivo
        vermentino montepulciano arneis zinfandel viognier gewürztraminer pinot grigio pinot gris
        sémillon moscato picpoul gamay carménère crianza gran reserva amontillado oloroso
        manzanilla rioja chablis chianti barolo barbaresco brunello amarone valpolicella soave
        sancerre bordeaux beaujolais sencha oolong rooibos darjeeling earl grey matcha chai
        chamomile camomille pecorino manchego comté roquefort taleggio brie parmigiano parmesan
        camembert stilton gouda cheddar gruyère emmental feta halloumi ricotta mascarpone mustard
        ketchup mayonnaise brochette kotelet koteletjes spareribs entrecote entrecôte tartaar
        vermouth
        mandler kildevand lakrids akvavit hvidvin rødvin liquorice licorice erdbeeren""",
    "textile": """throw kangas matto tyyny peitto pyyhe verho vaip padi tekk rätik kardin lõng
        szövet függöny szőnyeg párna takaró törölköző fonal kumaş perde halı kilim yastık
        battaniye havlu nevresim iplik""",
    "clothing": """gown bathrobe knit paita housut takki mekko hame sukat kengät käsineet särk
        püksid jope
        kleit seelik sokid kingad saapad müts kindad nadrág kabát dzseki ruha szoknya zokni
        cipő csizma sapka kesztyű póló gömlek pantolon ceket elbise etek çorap ayakkabı
        şapka eldiven tişört krekls bikses jaka kurpes""",
    "furniture": """tuoli pöytä sohva kaappi hylly sänky nojatuoli laud diivan kapp riiul
        voodi tugitool kummut szék asztal kanapé szekrény polc ágy komód sandalye koltuk
        kanepe dolap yatak sehpa komodin gardırop kitaplık krēsls galds dīvāns skapis gulta
        gartentisch klapptisch stehtisch bistrotisch stahltisch glastisch holztisch""",
    "lighting": """valaisin lamppu kattovalaisin valgusti lámpa lámpák csillár világítás
        izzó lamba avize abajur aydınlatma""",
    "electronics": """puhelin kamera tietokone kuulokkeet kaiutin televisio näyttö laturi
        objektiivi kaamera arvuti kõrvaklapid kõlar teler laadija objektiiv telefon
        mobiltelefon okostelefon fényképezőgép fülhallgató hangszóró televízió töltő nyomtató
        bilgisayar kulaklık hoparlör televizyon yazıcı telefons tripod""",
    "appliance": """jääkaappi pesukone astianpesukone mikroaaltouuni pölynimuri
        kahvinkeitin vedenkeitin leivänpaahdin külmkapp pesumasin nõudepesumasin
        mikrolaineahi tolmuimeja kohvimasin veekeetja hűtőszekrény hűtő mosógép mosogatógép
        sütő porszívó kávéfőző vízforraló kenyérpirító buzdolabı mikrodalga süpürge""",
    "health and beauty": """blush blusher saippua voide hammastahna vitamiini šampoon kreem
        hambapasta vitamiin sampon szappan krém fogkrém fogkefe tabletta kapszula parfüm
        dezodor testápoló şampuan sabun krem parfüm""",
    "tool and hardware": """ruuvi ruuvit pultti mutteri vasara porakone ruuvimeisseli
        jakoavain vesivaaka tikkaat lapio harava kirves pihdit työkalu työkalut työkalusarja
        ankkuri nippuside sarana naula kruvi kruvid polt haamer trell tööriist
        kruvikeeraja redel labidas tangid csavar csavarok csavarhúzó kalapács fúró fúrógép
        fűrész fogó szerszám szerszámkészlet létra lapát gereblye zsanér csavarkulcs vízmérték
        çekiç matkap testere tornavida merdiven kürek tırmık menteşe
        hex nut wing nut lock nut split pin ring terminal heat shrink wire stripper cable cutter
        crimping tool""",
    "building product": """maali tiili putki ikkuna kipsilevy värv tellis toru uks aken
        festék zománc alapozó lazúr tégla cső ajtó ablak vakolat tuğla boru musluk kapı
        pencere çimento krāsa
        elbow coupling reducer equal tee end cap male adaptor female adaptor mineral wool rock wool
        glass wool""",
    "flooring": """laatta laatat järólap járólap fayans""",
    "wall covering": """tapetti tapeet tapeedid tapéta""",
    "plant": """kukka kukat kasvi siemen siemenet ruusu taim seemned virág növény
        vetőmag rózsa palánta çiçek bitki tohum ziedi""",
    "jewellery and watches": """sormus kaulakoru rannekoru korvakorut sõrmus kaelakee
        käevõru kõrvarõngad gyűrű nyaklánc karkötő fülbevaló ékszer yüzük kolye bilezik küpe""",
    "kitchenware": """paistinpannu kattila veitsi lautanen kuppi muki pann taldrik kruus
        serpenyő lábas kés kanál tányér bögre pohár csésze tava tencere bıçak çatal kaşık
        fincan bardak""",
    "book": """kirja romaani raamat könyv regény kitap grāmata""",
    "toy": """lelu palapeli nukke mänguasi pusle kirakó plüss oyuncak yapboz rotaļlieta
        gesellschaftsspiel kartenspiel""",
    "stationery": """kynä lyijykynä vihko kirjekuori pliiats pastakas vihik ümbrik ceruza
        füzet boríték radír kalem defter silgi bläck""",
    "auto part": """rengas renkaat jarrupala suodatin öljynsuodatin gumiabroncs fékbetét
        féktárcsa olajszűrő levegőszűrő ablaktörlő lastik akü buji amortisör""",
}

# More head-first words: Polish, Czech and Slovak, Croatian, Serbian and Slovenian, Romanian,
# Catalan and Vietnamese.
_FIRST_MORE: dict[str, str] = {
    "food and drink": """ser pasztet pierogi ziemniaki pomidory papryka banany jabłka owoce
        warzywa mięso wędlina olej płatki pstruh syr chlieb mlieko maslo mäso ryba káva pečivo
        kruh hleb mlijeko mleko maslac meso kava kafa čaj pivo lapte iaurt unt brânză ouă pâine
        făină zahăr ulei orez cafea ceai apă suc ciocolată biscuiți fasole cartofi carne
        pui șuncă bere miere
        viña tinto vermut champiñones verduras boquerones broa queijada tosta empada rissol tisana
        muștar maioneză mălai""",
    "tool and hardware": """hadica nožnice rýľ hrable motyka fúrik sekera kladivo skrutka
        skrutky vŕtačka píla wiertło wiertła šraf šrafovi vijak vijci čekić bušilica odvijač
        kliješta šurub șurub ciocan burghiu
        wkrętaków szczypiec wierteł bitów""",
    "furniture": """lavica stolička ležadlo kavč fotelj miza polica klop postelja
        ormar krevet scaun masă canapea dulap""",
    "lighting": """svetilka svjetiljka svietidlo lampă lustră""",
    "textile": """preproga blazina tepih jastuk""",
    "accessory": """ogledalo ogledalo""",
    "clothing": """cămașă rochie geacă pantofi""",
    "building product": """opeka cigla crep cev cijev oluk žica kreč lepak stiropor
        armatura boja
        hidroizolacija premaz gips-karton kamena vuna staklena vuna""",
    "flooring": """pločice pločica deska podłogowa""",
    "health and beauty": """maska antyperspirant dezodorant šampon săpun cremă
        șampon cerotti płyn micelarny farba do włosów mleczko do demakijażu pastă de dinți balsam do
        ciała""",
    "plant": """osivo semienka kvetina orquídia flors rostlina""",
    "gemstone": """rubi""",
    "electronics": """portátil điện thoại máy tính""",
    "appliance": """micro-ondas
        máquina macchina cafeteira iogurteira sanduicheira grelhador espremedor aquecedor
        processador de alimentos""",
    "kitchenware": """panela""",
}

# Endings of Finnish, Estonian, Hungarian, Turkish and Latvian compounds, and of Dutch and
# German ones written in lower case after an adjective ("jonge boerenkaas", "falfesték"): in
# any word, with the plural or possessive ending those languages add. At least four letters.
_INFLECTED_HEADS: dict[str, str] = {
    "food and drink": """juusto leipä makkara kinkku kahvi viini jauheliha leib juust vorst
        kenyér sajt kolbász sonka szalámi ekmek peynir kahve şarap gaļa maize medus
        kaas wurst fleisch vleis saus salade burger""",
    "tool and hardware": "ruuvi pultti mutteri vasara avain vaaka laikka ankkuri kruvi csavar "
    "szerszám fűrész",
    "building product": "maali tiili putki festék zománc lazúr alapozó tégla",
    "furniture": "tuoli pöytä sohva kaappi hylly szék asztal szekrény koltuk",
    "lighting": "valaisin lamppu valgusti lámpa",
    "clothing": "paita housut takki ruha nadrág kabát gömlek",
    "textile": "kangas törölköző szőnyeg kumaş",
    "electronics": "puhelin kõlar kaiutin kaamera objektiiv",
    "appliance": "jääkaappi külmkapp hűtőszekrény",
    "wall covering": "tapetti tapeet tapéta",
    "plant": "kukka ruusu virág",
    "pet supplies": "táp eledel",
}
_INFLECTION = r"(?:k|ek|ok|ak|ök|t|d|id|ler|lar|si|sı|su|sü|i|ı)?"

# Words that title a section of goods but name no one product ("French Breakfast" is a radish).
_SECTION_WORDS: dict[str, str] = {
    "food and drink": """bakery breakfast brunch drinks beverages desserts snacks groceries
        bebidas postres desayuno desayunos dulces bollería panadería pastelería boissons
        getränke frühstück dranken ontbijt içecekler tatlılar pastalar""",
}

# Fabrics a draper sells by the metre: a type only when neither the name nor the text around it
# names another ("Trench long en denim" under "Manteaux" is a coat).
_MATERIALS: dict[str, str] = {
    "textile": """cotton linen silk wool mohair cashmere alpaca merino poplin gabardine
        flannel satin velvet denim muslin chenille tulle voile canvas jersey chiffon tweed
        corduroy viscose keten kadife gabardin flanel saten yün viskon müslin şönil tül vual
        kanvas penye pazen şifon""",
}

# Function words of the head-first languages: a name holding one reads head first (not those
# English names hold too: "Pro", "per pack", "Galaxy Z").
_HEAD_FIRST_WORDS = re.compile(
    r"(?<![\w'])(?:de|del|della|delle|dello|degli|di|du|des|da|do|dos|au|aux|al|alla|à|con|"
    r"avec|com|pour|para|sans|sin|senza|sem|dla|untuk|dengan|sur|sous|od)"
    r"(?![\w'])",
    re.I,
)
# In a head-last name, what follows a comma or a preposition qualifies the head.
_QUALIFIER = re.compile(
    r",|\s[-–]\s|\s(?:with|without|for|mit|ohne|für|met|zonder|voor|med|utan|för|til|uden)\s",
    re.I,
)
# "Acer palmatum 'Bloodgood'", "Hosta 'June'": a botanical genus (and species) and a cultivar.
_CULTIVAR = re.compile(r"^([A-Z][a-z]+)((?:\s+(?:×\s*)?[a-z]{3,})*)\s+['‘][^'’]+['’]")
# A given name in quotes ("Crocus 'Ruby Giant'", "Saint-Julien 'Clos du Marquis'") names no type.
_GIVEN_NAME = re.compile(r"(?:(?<=\s)|^)['‘\"“][^'’\"”]+['’\"”](?=\s|$|[,.;:)])")
SHORT_CONTEXT_WORDS = 12  # a context of at most this many words may type by one word
LEAD_WORDS = 3  # ... and so may the first words of a longer one
_IDENTIFIERS = frozenset({"isbn"})  # a number only one kind of goods has: anywhere is enough
_LATIN_GENUS = re.compile(r"(?:a|us|um|is|er|ia|ix|ex|on)$")


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    kind: str
    first: bool  # from the head-first languages' words
    word: str  # the vocabulary word or ending that matched
    exact: bool  # the word itself, not its plural
    compound: bool = False  # the ending of a longer word


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[tuple[str, bool], tuple[str, ...]], frozenset[str]]:
    """(kind, head-first) -> entries (phrases first), and the head-last entries' set."""
    vocab: dict[tuple[str, bool], tuple[str, ...]] = {}
    for first, source, more in ((False, _LAST, _LAST_MORE), (True, _FIRST, _FIRST_MORE)):
        for kind, text in source.items():
            entries = set(_split(text + " " + more.get(kind, "")))
            vocab[kind, first] = tuple(sorted(entries, key=len, reverse=True))
    last_words = frozenset(w for (_, first), ws in vocab.items() if not first for w in ws)
    return vocab, last_words


def _split(text: str) -> list[str]:
    """Entries of a word list: words, and phrases (known multi-word entries) kept whole."""
    words = text.split()
    entries, i = [], 0
    while i < len(words):
        for size in (4, 3, 2):
            phrase = " ".join(words[i : i + size])
            if phrase in _PHRASES:
                entries.append(phrase)
                i += size
                break
        else:
            entries.append(words[i])
            i += 1
    return entries


_PHRASES = frozenset(
    """floor tile|vinyl flooring|wall covering|wall panel|wall tile|drawer unit|bedside table|
    coffee table|dining table|bunk bed|bar stool|light bulb|floor lamp|table lamp|desk lamp|
    wall light|ceiling light|led strip|bed linen|polo shirt|tote bag|power bank|hard drive|
    memory card|usb stick|dash cam|smart tv|mobile phone|washing machine|tumble dryer|
    cooker hood|extractor hood|electric kettle|food processor|coffee machine|coffee maker|
    espresso machine|vacuum cleaner|hair dryer|air fryer|air conditioner|frying pan|
    dutch oven|chef's knife|cutting board|chopping board|baking tray|mixing bowl|wine glass|
    steam table pan|olive oil|ice cream|sour cream|cream cheese|pinot noir|chenin blanc|
    shower gel|body wash|eau de toilette|eau de parfum|sun cream|nail polish|eye drops|
    hand sanitiser|tool set|socket set|angle grinder|spirit level|laser level|tape measure|
    wall plug|cable tie|hedge trimmer|lawn mower|pressure washer|garden hose|refill pad|
    copier paper|sticky notes|ink cartridge|exercise book|jigsaw puzzle|teddy bear|soft toy|
    play set|board game|building blocks|flower bulbs|cut flowers|potted plant|vaste plant|
    spark plug|shock absorber|brake disc|brake pad|master cylinder|ignition coil|oil cooler|
    water pump|fuel pump|control unit|control arm|ball joint|stabilizer bar|tie rod|
    wheel bearing|a/c compressor|cooling fan|drive belt|drive shaft|engine mount|
    oxygen sensor|wiper blade|glow plug|roof box|roof bars|tow bar|floor mats|mud flaps|
    headlight bulb|abs sensor|wheel sensor|lapis lazuli|design report|paving slab|
    socket outlet|light switch|papier peint|revêtement mural|papel pintado|carta da parati|
    papel de parede|płytka podłogowa|płytka ścienna|panele podłogowe|tempat tidur|
    boucles d'oreilles|jam tangan|appareil photo|machine à café|máquina de café|
    secador de pelo|macchina da caffè|macchina per caffè|máquina de lavar|máquina de secar|
    chaleira elétrica|robot de cozinha|varinha mágica|secador de cabelo|ekspres do kawy|
    mikrovlnná trouba|rychlovarná konvice|mesin cuci|lemari es|pemanggang roti|
    ketel listrik|penyedot debu|mesin kopi|rice cooker|planche à découper|tabla de cortar|
    tábua de corte|deska do krojenia|eau minérale|aceite de oliva|olio extravergine|
    gel douche|brosse à dents|rouge à lèvres|gel de ducha|pasta de dientes|
    cepillo de dientes|protector solar|gel de banho|pasta de dentes|escova de dentes|
    protetor solar|żel pod prysznic|pasta do zębów|szczoteczka do zębów|sprchový gel|
    zubní pasta|zubní kartáček|pasta gigi|sikat gigi|mètre ruban|chave de fendas|
    fita métrica|nível de bolha|buku tulis|jeu de société|plaquettes de frein|
    disque de frein|bougie d'allumage|filtre à huile|filtre à air|pastillas de freno|
    disco de freno|filtro de aceite|filtro de aire|pastiglie freno|disco freno|filtro olio|
    filtro aria|pastilhas de travão|disco de travão|vela de ignição|filtro de óleo|
    filtro de ar|klocki hamulcowe|tarcza hamulcowa|świeca zapłonowa|filtr oleju|
    filtr powietrza|brzdové destičky|brzdový kotouč|zapalovací svíčka|olejový filtr|
    vzduchový filtr|kampas rem|filter oli|filter udara|pierre précieuse|piedra preciosa|
    pietra preziosa|tea bags|al horno|al forno|au four|flat white|meyve suyu|
    deska podłogowa|điện thoại|máy tính|pinot grigio|pinot gris|earl grey|equal tee|end cap|
    male adaptor|female adaptor|mineral wool|rock wool|glass wool|kamena vuna|staklena vuna|
    hex nut|wing nut|lock nut|split pin|ring terminal|heat shrink|wire stripper|cable cutter|
    crimping tool|processador de alimentos|płyn micelarny|farba do włosów|
    mleczko do demakijażu|pastă de dinți|balsam do ciała|gran reserva|mountain bike|road bike|
    gravel bike|city bike|cargo bike|cycle helmet|sleeping bag|golf club|golf balls|fishing rod|
    fishing reel|yoga mat|trekking poles|electric guitar|acoustic guitar|bass guitar|
    digital piano|grand piano|drum kit|snare drum|double bass|dog food|cat food|puppy food|
    kitten food|cat litter|dog bed|pet bed|dog leash|scratching post|cat tree|dog treats|
    cat treats|pet carrier|bird seed|croquettes pour chien|croquettes pour chat""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)


def _pattern(entries: tuple[str, ...]) -> re.Pattern[str]:
    """Whole words or phrases, each also in its -s/-es plural."""
    body = "|".join(re.escape(e) for e in entries)
    return re.compile(r"(?<![\w-])(" + body + r")(?:e?s)?(?![\w-])", re.I)


def _compound(endings: tuple[str, ...]) -> re.Pattern[str]:
    """Words ending in one of the endings, after at least two letters ("Stehleuchte"), or
    after a hyphen ("Bluetooth-højttaler", "Wand-WC")."""
    body = "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))
    return re.compile(r"(?<![\w-])\w[\w-]+?(" + body + r")(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, bool, bool, re.Pattern[str]]]:
    """(kind, head-first, compound, pattern) for every kind's words, weak words apart."""
    vocab, _ = _vocabulary()
    out = [(kind, first, False, _pattern(entries)) for (kind, first), entries in vocab.items()]
    out += [
        (kind, False, True, _compound(tuple(text.split())))
        for kind, text in _COMPOUND_HEADS.items()
    ]
    return out


@lru_cache(maxsize=1)
def _inflected_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(kind, pattern) for the endings of compounds in any case, inflected or not."""
    out = []
    for kind, text in _INFLECTED_HEADS.items():
        body = "|".join(re.escape(e) for e in sorted(text.split(), key=len, reverse=True))
        pattern = r"(?<![\w-])(?:\w[\w-]*?)?(" + body + r")" + _INFLECTION + r"(?![\w-])"
        out.append((kind, re.compile(pattern, re.I)))
    return out


@lru_cache(maxsize=1)
def _weak_patterns() -> dict[str, re.Pattern[str]]:
    return {kind: _pattern(tuple(text.split())) for kind, text in _WEAK_LAST.items()}


@lru_cache(maxsize=1)
def _material_patterns() -> dict[str, re.Pattern[str]]:
    return {kind: _pattern(tuple(text.split())) for kind, text in _MATERIALS.items()}


@lru_cache(maxsize=1)
def _section_patterns() -> dict[str, re.Pattern[str]]:
    return {kind: _pattern(tuple(text.split())) for kind, text in _SECTION_WORDS.items()}


def _hits(name: str, section: bool = False) -> list[_Hit]:
    """Every vocabulary word in the text; a compound's ending only in a capitalised word (a
    German noun, a name's first word: "Pendellampa"), not in a Latin "macrophylla"."""
    hits = []
    for kind, first, compound, pattern in _patterns():
        for m in pattern.finditer(name):
            if compound and not name[m.start()].isupper():
                continue
            word = m.group(1).lower()
            whole = m.group(0).lower()
            exact = compound or whole == word
            hits.append(_Hit(m.start(), m.end(), kind, first, word, exact, compound))
    known = {(h.start, h.end) for h in hits}
    for kind, pattern in _inflected_patterns():
        for m in pattern.finditer(name):
            if (m.start(), m.end()) not in known:  # the word itself is listed: that hit
                word = m.group(1).lower()
                hits.append(_Hit(m.start(), m.end(), kind, False, word, True, True))
    if section:  # the words that title a section of goods, not one product
        for kind, pattern in _section_patterns().items():
            hits += [
                _Hit(m.start(), m.end(), kind, False, m.group(1).lower(), True)
                for m in pattern.finditer(name)
            ]
    return hits


def _head(name: str) -> str | None:
    """The kind the name's head noun names, else None."""
    hit = _head_hit(name)
    return None if hit is None else hit.kind


def _head_hit(name: str, section: bool = False, modifier: bool = False) -> _Hit | None:
    """The vocabulary word that is the name's head noun, else None; a heading's (`section`) may
    be a word only sections are titled by ("Bakery") and never a weak word ("Coastal light").
    With `modifier`, the type word that modifies a head the vocabulary lacks is returned too
    ("floor" in "Wet floor warning sign")."""
    hits = _hits(name, section)
    if not hits and section:
        return None
    if not hits:
        hits = [
            _Hit(m.start(), m.end(), kind, False, m.group(1).lower(), True)
            for kind, p in _weak_patterns().items()
            for m in p.finditer(name)
        ]
        if not hits:
            return None
    _, last_words = _vocabulary()
    spans_last = {(h.start, h.end) for h in hits if not h.first}
    head_first = bool(_HEAD_FIRST_WORDS.search(name)) or any(
        h.first and h.word not in last_words and (h.start, h.end) not in spans_last for h in hits
    )
    # a word spelt alike in both groups means what the name's group means by it
    spans = {(h.start, h.end) for h in hits if h.first == head_first}
    hits = [h for h in hits if h.first == head_first or (h.start, h.end) not in spans]
    if head_first:
        cut = name.find(",")
        inside = [h for h in hits if cut < 0 or h.start < cut] or hits
        best = min(inside, key=lambda h: (h.start, -len(h.word), not h.exact))
        return best
    # a compound naming its type as the name's first word is its label: "Taklampa Hylla 40"
    start = len(name) - len(name.lstrip())
    if any(h.compound and h.start == start for h in hits):
        label = [h for h in hits if h.start == start]  # "Kühlschrank" whole beats "schrank"
        return max(label, key=lambda h: (h.end, len(h.word)))
    cut_at = _QUALIFIER.search(name)
    inside = [h for h in hits if cut_at is None or h.start < cut_at.start()] or hits
    best = max(inside, key=lambda h: (h.end, len(h.word), h.exact))
    # "Wet floor warning sign" is a sign: a type word before a head the vocabulary lacks
    end = cut_at.start() if cut_at is not None and cut_at.start() >= best.end else len(name)
    if modifier or section or not _modifies(best, name[best.end : end]):
        return best  # a heading's title is a category's name, "Vestes et manteaux"
    return None


def _modifies(hit: _Hit, after: str) -> bool:
    """The type word only modifies a head noun after it that names no type (`unnamed_head`:
    "Wet floor warning sign"): an English word, not a compound's ending."""
    return not hit.compound and hit.word.isascii() and unnamed_head(after) is not None


def _modifier_kind(name: str) -> str | None:
    """The type of a type word that only modifies the name's head ("Wet floor warning sign":
    flooring), else None: the text around the name or its section's heading that names the
    same type names the same modifier ("CAUTION WET FLOOR" over the sign), not the thing."""
    bare = _GIVEN_NAME.sub(" ", name)
    if _head_hit(bare) is not None:
        return None
    hit = _head_hit(bare, modifier=True)
    return None if hit is None else hit.kind


def product_type(name: str, *context: str, materials: bool = True) -> str:
    """The type the product's own name's head noun names, else the type its nearby text
    (description, attributes, its section's heading) names most, else `other`: never the whole
    page or document, where a gemstone guide's "LED-lit display" made every stone "lighting".
    Around the name, a feature or a shape ("LED", "light grey", "ring") names no type."""
    if _is_cultivar(name):
        return "plant"
    kind = _head(_GIVEN_NAME.sub(" ", name))
    if kind is not None:
        return kind
    kind = _context_type(context)
    if kind == _modifier_kind(name):
        kind = "other"
    return material_type(name) if kind == "other" and materials else kind


def catalog_type(name: str, context: Sequence[str], heading: str) -> str:
    """A catalog product's type: its name's head, else the text around it, else its section's
    heading when that names a category, else a fabric in its name. Food under a heading of
    food beats an appliance or a dish the text around the name mentions ("Magdalenas",
    described by its bakery "Horno Aragonés", under "Desayuno y dulces")."""
    kind = product_type(name, materials=False)
    if kind != "other":
        return kind
    modifier = _modifier_kind(name)  # "Wet floor warning sign" under "CAUTION WET FLOOR"
    around = _context_type(context)
    if around == modifier:
        around = "other"
    if around == "other" or around in _FOOD_OVER:
        section = section_type(heading)
        if section == modifier:
            section = "other"
        if around == "other" or section == "food and drink":
            around = section
    return around if around != "other" else material_type(name)


def material_type(name: str) -> str:
    """The type a fabric in the name gives ("Pamuk Poplin Beyaz"), else `other`: the last
    resort, after the name's head, the text around it and its section's heading."""
    found = [(m.end(), k) for k, p in _material_patterns().items() for m in p.finditer(name)]
    return max(found)[1] if found else "other"


# A preposition or a possessive before a type word makes it the object of a phrase, not the
# thing named: "From our oven", "For your kitchen", "Aus unserem Ofen", "Pour votre cuisine".
_PHRASE_WORDS = re.compile(
    r"(?<![\w'-])(?:from|for|of|in|on|at|by|with|to|into|our|your|my|their|aus|vom|von|für|"
    r"unser|unsere|unserem|unserer|ihr|ihre|im|uit|van|voor|onze|ons|uw|från|fra|av|för|vår|"
    r"våra|vårt|vores|vor|pour|nos|notre|vos|votre|desde|para|nuestro|nuestra|nuestros|"
    r"nuestras|sus|dal|dalla|dai|dalle|nostro|nostra|nostri|nostre|nosso|nossa|nossos|nossas|"
    r"dla|naszej|nasze|naszego|z|ze|ze|dari|untuk|kami)(?![\w'-])",
    re.I,
)
# A bilingual heading's halves: "FIRINDAN · From our oven", "Batu / Stones".
_HEADING_PARTS = re.compile(r"\s[·|/–—-]\s|\s*[·|]\s*")
# Food beats the appliance or the dish it is made in or served from: "Bakery & Oven".
_FOOD_OVER = frozenset({"appliance", "kitchenware"})


def section_type(heading: str) -> str:
    """The type a section's heading gives the products under it, when it NAMES a category:
    its head noun is a type word ("LIGHTING", "Office furniture", "Mobilier de bureau",
    "Éclairage"). A type word that only follows a preposition or a possessive ("From our oven",
    "For your kitchen") names no category, nor does a sentence ("Ask for our catalogue!")."""
    text = heading.strip()
    if not text or text.endswith(("!", "?")):
        return "other"
    for part in _HEADING_PARTS.split(text):
        kind = _heading_part_type(_GIVEN_NAME.sub(" ", part))
        if kind != "other":
            return kind
    return "other"


def _heading_part_type(part: str) -> str:
    hit = _head_hit(part, section=True)
    if hit is None or _PHRASE_WORDS.search(part[: hit.start]):
        return "other"
    if hit.kind in _FOOD_OVER and any(
        h.kind == "food and drink" and (h.start, h.end) != (hit.start, hit.end)
        for h in _hits(part, section=True)
    ):
        return "food and drink"
    return hit.kind


def _context_type(texts: Sequence[str]) -> str:
    """The type the texts around a name (description, attributes, section heading) name most.

    A longer text's lead names the product ("Eau de Parfum feminino, floral...", "Ada Corner
    Sofa ... bouclé, cream") before anything else; one word is enough in a short text (a
    heading, an attribute) or as an identifier ("ISBN 978-..."); elsewhere in a longer text a
    type must be named twice, so one word of a description's prose ("a phone pocket on the
    thigh", "early and uniform") types nothing.
    """
    counts: Counter[str] = Counter()
    sure: set[str] = set()
    for text in texts:
        words = text.split()
        lead = len(" ".join(words[:LEAD_WORDS]))
        joined = " ".join(words)
        for hit in _hits(joined):
            if _in_a_phrase(joined, hit):
                continue  # "baked in our oven", "price per cup": what it is made in or sold by
            if hit.start < lead and len(words) > SHORT_CONTEXT_WORDS:
                return hit.kind  # "Ada Corner Sofa ... bouclé, cream": the lead names it
            counts[hit.kind] += 1
            if len(words) <= SHORT_CONTEXT_WORDS or hit.word in _IDENTIFIERS:
                sure.add(hit.kind)
    named = [(n, kind) for kind, n in counts.items() if n >= 2 or kind in sure]
    return max(named)[1] if named else "other"


def _in_a_phrase(text: str, hit: _Hit) -> bool:
    """The type word follows a possessive or "from" within two words ("baked in our oven",
    "fresh from the oven"), or a unit's "per" ("3,50 per cup"): an ingredient after "with"
    ("plaice with prawns") still names the dish."""
    before = text[: hit.start].split()[-2:]
    return bool(_ORIGIN_WORDS.search(" ".join(before))) or any(
        w.lower() in _PER or w.endswith("/") for w in before[-1:]
    )


_PER = frozenset({"per", "je", "par", "por", "/"})
_ORIGIN_WORDS = re.compile(
    r"(?<![\w'-])(?:from|our|your|my|their|aus|vom|unser|unsere|unserem|unserer|uit|onze|uw|"
    r"från|fra|vår|våra|vårt|vores|depuis|nos|notre|vos|votre|desde|nuestro|nuestra|"
    r"nuestros|nuestras|dal|dalla|dai|dalle|nostro|nostra|nostri|nostre|nosso|nossa|nossos|"
    r"nossas|naszej|nasze|naszego|dari|kami)(?![\w'-])",
    re.I,
)


def _is_cultivar(name: str) -> bool:
    """A genus, its species or a Latin-looking genus alone, then a cultivar in single quotes
    ("Acer palmatum 'Bloodgood'", "Hosta 'June'"); a wine's "Sancerre 'Les Baronnes'" is not."""
    m = _CULTIVAR.match(name.strip())
    return m is not None and bool(m.group(2) or _LATIN_GENUS.search(m.group(1)))


def most_named_type(*texts: str) -> str:
    """The type whose words the texts use most (weak words aside), else `other`."""
    text = " ".join(texts)
    if not text.strip():
        return "other"
    counts = Counter(h.kind for h in _hits(text))
    return counts.most_common(1)[0][0] if counts else "other"


PREVAILING_MIN = 3  # products typed alike at least, for their type to prevail
PREVAILING_SHARE = 2 / 3  # and this share of the products typed at all


def prevailing_type(types: Iterable[str]) -> str | None:
    """The type most of a set of products (a page's, a catalog's) were given by their own
    names, text or sections, where so many agree that an untyped one among them is one of
    the same kind ("Aurora 40" among pendant lamps, a kerb among a precaster's slabs); None
    for a mixed set (lamps and chairs) or too few typed to tell."""
    counts = Counter(kind for kind in types if kind != "other")
    if not counts:
        return None
    kind, agreeing = counts.most_common(1)[0]
    if agreeing >= PREVAILING_MIN and agreeing >= PREVAILING_SHARE * counts.total():
        return kind
    return None


def weak_name_type(name: str) -> str | None:
    """The type a name has only from a word that names a feature or a shape as often as a
    thing ("Extra Super Light" strings, an "O-ring"), else None: such a type holds where
    products of the same document are typed so by other words too (a lamp shop's "Coastal
    Light" beside its pendant lamps)."""
    bare = _GIVEN_NAME.sub(" ", name)
    if _is_cultivar(name) or _hits(bare):
        return None
    hit = _head_hit(bare)
    return None if hit is None else hit.kind
