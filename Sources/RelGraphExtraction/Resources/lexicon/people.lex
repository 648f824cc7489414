# People: heads of state and government, foreign and defence ministers, spokespeople and other
# figures that international news names, with their spellings in German and English (with and
# without diacritics, German and English transliterations). All forms are `*`: a German article may
# quote an English spelling and the other way round; a form that is an ordinary word in one language
# (German "Herzog", "Saar") is listed only for the other.
# A bare surname is listed only where the news uses it for this one person (Putin, Selenskyj,
# Erdogan); never for common surnames (Kim, Lee, Wang, Li, Ali, Khan, Singh, Sharif, Miller,
# Johnson, Harris, Sullivan, Sánchez, Costa, Wong, Katz, Maïga, Shah ...), which the extractor
# resolves from the full name earlier in the text.
# `affil` names the office the person is known for (past holders: "former ..."); it only tells the
# extractor which actor a person named without a title belongs to. Offices are as of 2025.
# Ids: person: + ASCII slug of the best-known Latin spelling, given name first.


# --- Russia ---

actor | person:vladimir-putin | person | Vladimir Putin
name | person:vladimir-putin | * | Wladimir Putin; Vladimir Putin; Putin; Wladimir Wladimirowitsch Putin; Vladimir Vladimirovich Putin
affil | person:vladimir-putin | state:rus | President

actor | person:mikhail-mishustin | person | Mikhail Mishustin
name | person:mikhail-mishustin | * | Michail Mischustin; Mikhail Mishustin; Mischustin; Mishustin
affil | person:mikhail-mishustin | state:rus | Prime Minister

actor | person:sergey-lavrov | person | Sergey Lavrov
name | person:sergey-lavrov | * | Sergej Lawrow; Sergei Lawrow; Sergey Lavrov; Sergei Lavrov; Lawrow; Lavrov
affil | person:sergey-lavrov | state:rus | Foreign Minister

actor | person:andrey-belousov | person | Andrey Belousov
name | person:andrey-belousov | * | Andrej Beloussow; Andrei Beloussow; Andrej Belousow; Andrei Belousow; Andrey Belousov; Andrei Belousov; Beloussow; Belousow; Belousov
affil | person:andrey-belousov | state:rus | Defence Minister

actor | person:sergei-shoigu | person | Sergei Shoigu
name | person:sergei-shoigu | * | Sergej Schoigu; Sergei Schoigu; Sergei Shoigu; Sergey Shoigu; Schoigu; Shoigu
affil | person:sergei-shoigu | state:rus | Security Council Secretary, former Defence Minister

actor | person:dmitry-peskov | person | Dmitry Peskov
name | person:dmitry-peskov | * | Dmitri Peskow; Dmitrij Peskow; Dmitry Peskov; Dmitri Peskov; Peskow; Peskov
affil | person:dmitry-peskov | state:rus | Kremlin spokesman

actor | person:maria-zakharova | person | Maria Zakharova
name | person:maria-zakharova | * | Maria Sacharowa; Marija Sacharowa; Maria Zakharova; Sacharowa; Zakharova
affil | person:maria-zakharova | state:rus | Foreign Ministry spokeswoman

actor | person:dmitry-medvedev | person | Dmitry Medvedev
name | person:dmitry-medvedev | * | Dmitri Medwedew; Dmitrij Medwedew; Dmitry Medvedev; Dmitri Medvedev; Medwedew; Medvedev
affil | person:dmitry-medvedev | state:rus | Deputy Chairman of the Security Council, former President

actor | person:vasily-nebenzya | person | Vasily Nebenzya
name | person:vasily-nebenzya | * | Wassili Nebensja; Vassily Nebenzia; Vasily Nebenzya; Nebensja; Nebenzia; Nebenzya
affil | person:vasily-nebenzya | state:rus | Ambassador to the UN

actor | person:sergei-ryabkov | person | Sergei Ryabkov
name | person:sergei-ryabkov | * | Sergej Rjabkow; Sergei Rjabkow; Sergei Ryabkov; Sergey Ryabkov; Rjabkow; Ryabkov
affil | person:sergei-ryabkov | state:rus | Deputy Foreign Minister

actor | person:valery-gerasimov | person | Valery Gerasimov
name | person:valery-gerasimov | * | Waleri Gerassimow; Walerij Gerassimow; Valery Gerasimov; Valeriy Gerasimov; Gerassimow; Gerasimov
affil | person:valery-gerasimov | state:rus | Chief of the General Staff

actor | person:yuri-ushakov | person | Yuri Ushakov
name | person:yuri-ushakov | * | Juri Uschakow; Yuri Ushakov; Yury Ushakov; Uschakow; Ushakov
affil | person:yuri-ushakov | state:rus | Kremlin foreign policy adviser

actor | person:nikolai-patrushev | person | Nikolai Patrushev
name | person:nikolai-patrushev | * | Nikolai Patruschew; Nikolai Patrushev; Nikolay Patrushev; Patruschew; Patrushev
affil | person:nikolai-patrushev | state:rus | presidential aide, former Security Council Secretary

actor | person:sergei-naryshkin | person | Sergei Naryshkin
name | person:sergei-naryshkin | * | Sergej Naryschkin; Sergei Naryschkin; Sergei Naryshkin; Sergey Naryshkin; Naryschkin; Naryshkin
affil | person:sergei-naryshkin | org:svr | Director

actor | person:alexander-bortnikov | person | Alexander Bortnikov
name | person:alexander-bortnikov | * | Alexander Bortnikow; Alexander Bortnikov; Aleksandr Bortnikov; Bortnikow; Bortnikov
affil | person:alexander-bortnikov | org:fsb | Director

actor | person:yevgeny-prigozhin | person | Yevgeny Prigozhin
name | person:yevgeny-prigozhin | * | Jewgeni Prigoschin; Jewgenij Prigoschin; Yevgeny Prigozhin; Yevgeniy Prigozhin; Evgeny Prigozhin; Prigoschin; Prigozhin
affil | person:yevgeny-prigozhin | org:wagner-group | founder

actor | person:ramzan-kadyrov | person | Ramzan Kadyrov
name | person:ramzan-kadyrov | * | Ramsan Kadyrow; Ramzan Kadyrov; Kadyrow; Kadyrov
affil | person:ramzan-kadyrov | state:rus | Head of Chechnya

actor | person:vyacheslav-volodin | person | Vyacheslav Volodin
name | person:vyacheslav-volodin | * | Wjatscheslaw Wolodin; Vyacheslav Volodin; Wolodin; Volodin
affil | person:vyacheslav-volodin | state:rus | State Duma Speaker

actor | person:valentina-matviyenko | person | Valentina Matviyenko
name | person:valentina-matviyenko | * | Walentina Matwijenko; Valentina Matviyenko; Valentina Matvienko; Matwijenko; Matviyenko; Matvienko
affil | person:valentina-matviyenko | state:rus | Federation Council Speaker

actor | person:kirill-dmitriev | person | Kirill Dmitriev
name | person:kirill-dmitriev | * | Kirill Dmitrijew; Kirill Dmitriev
affil | person:kirill-dmitriev | state:rus | presidential envoy

actor | person:alexei-navalny | person | Alexei Navalny
name | person:alexei-navalny | * | Alexej Nawalny; Alexei Nawalny; Alexei Navalny; Alexey Navalny; Nawalny; Navalny
affil | person:alexei-navalny | state:rus | opposition leader

actor | person:yulia-navalnaya | person | Yulia Navalnaya
name | person:yulia-navalnaya | * | Julija Nawalnaja; Yulia Navalnaya; Nawalnaja; Navalnaya
affil | person:yulia-navalnaya | state:rus | opposition figure

# --- Belarus ---

actor | person:alexander-lukashenko | person | Alexander Lukashenko
name | person:alexander-lukashenko | * | Alexander Lukaschenko; Alexander Lukashenko; Aljaksandr Lukaschenka; Aliaksandr Lukashenka; Alexander Lukaschenka; Lukaschenko; Lukashenko; Lukaschenka; Lukashenka
affil | person:alexander-lukashenko | state:blr | President

actor | person:maxim-ryzhenkov | person | Maxim Ryzhenkov
name | person:maxim-ryzhenkov | * | Maxim Ryschenkow; Maxim Ryzhenkov; Maksim Ryzhenkov; Ryschenkow; Ryzhenkov
affil | person:maxim-ryzhenkov | state:blr | Foreign Minister

actor | person:viktor-khrenin | person | Viktor Khrenin
name | person:viktor-khrenin | * | Viktor Chrenin; Wiktar Chrenin; Viktor Khrenin; Chrenin; Khrenin
affil | person:viktor-khrenin | state:blr | Defence Minister

actor | person:alexander-turchin | person | Alexander Turchin
name | person:alexander-turchin | * | Alexander Turtschin; Alexander Turchin; Aleksandr Turchin
affil | person:alexander-turchin | state:blr | Prime Minister

actor | person:roman-golovchenko | person | Roman Golovchenko
name | person:roman-golovchenko | * | Roman Golowtschenko; Roman Golovchenko; Golowtschenko; Golovchenko
affil | person:roman-golovchenko | state:blr | former Prime Minister

actor | person:sviatlana-tsikhanouskaya | person | Sviatlana Tsikhanouskaya
name | person:sviatlana-tsikhanouskaya | * | Swetlana Tichanowskaja; Sviatlana Tsikhanouskaya; Svetlana Tikhanovskaya; Tichanowskaja; Tsikhanouskaya; Tikhanovskaya
affil | person:sviatlana-tsikhanouskaya | state:blr | opposition leader

# --- Ukraine ---

actor | person:volodymyr-zelensky | person | Volodymyr Zelensky
name | person:volodymyr-zelensky | * | Wolodymyr Selenskyj; Volodymyr Zelensky; Volodymyr Zelenskyy; Volodymyr Zelenskiy; Wolodymyr Selensky; Selenskyj; Selensky; Selenskij; Zelensky; Zelenskyy; Zelenskiy
affil | person:volodymyr-zelensky | state:ukr | President

actor | person:yulia-svyrydenko | person | Yulia Svyrydenko
name | person:yulia-svyrydenko | * | Julija Swyrydenko; Yulia Svyrydenko; Yuliia Svyrydenko; Swyrydenko; Svyrydenko
affil | person:yulia-svyrydenko | state:ukr | Prime Minister

actor | person:denys-shmyhal | person | Denys Shmyhal
name | person:denys-shmyhal | * | Denys Schmyhal; Denys Shmyhal; Schmyhal; Shmyhal
affil | person:denys-shmyhal | state:ukr | Defence Minister, former Prime Minister

actor | person:andrii-sybiha | person | Andrii Sybiha
name | person:andrii-sybiha | * | Andrij Sybiha; Andrii Sybiha; Andriy Sybiha; Sybiha
affil | person:andrii-sybiha | state:ukr | Foreign Minister

actor | person:dmytro-kuleba | person | Dmytro Kuleba
name | person:dmytro-kuleba | * | Dmytro Kuleba; Dmitri Kuleba; Kuleba
affil | person:dmytro-kuleba | state:ukr | former Foreign Minister

actor | person:rustem-umerov | person | Rustem Umerov
name | person:rustem-umerov | * | Rustem Umerow; Rustem Umerov; Umerow; Umerov
affil | person:rustem-umerov | state:ukr | Secretary of the National Security and Defence Council, former Defence Minister

actor | person:oleksii-reznikov | person | Oleksii Reznikov
name | person:oleksii-reznikov | * | Oleksij Resnikow; Oleksii Reznikov; Oleksiy Reznikov; Resnikow; Reznikov
affil | person:oleksii-reznikov | state:ukr | former Defence Minister

actor | person:kyrylo-budanov | person | Kyrylo Budanov
name | person:kyrylo-budanov | * | Kyrylo Budanow; Kyrylo Budanov; Budanow; Budanov
affil | person:kyrylo-budanov | org:hur | Chief

actor | person:andriy-yermak | person | Andriy Yermak
name | person:andriy-yermak | * | Andrij Jermak; Andriy Yermak; Andrii Yermak; Jermak; Yermak
affil | person:andriy-yermak | state:ukr | Head of the Presidential Office

actor | person:oleksandr-syrskyi | person | Oleksandr Syrskyi
name | person:oleksandr-syrskyi | * | Olexander Syrskyj; Oleksandr Syrskyj; Oleksandr Syrskyi; Oleksandr Syrsky; Syrskyj; Syrskyi; Syrsky
affil | person:oleksandr-syrskyi | state:ukr | Commander-in-Chief of the Armed Forces

actor | person:valerii-zaluzhnyi | person | Valerii Zaluzhnyi
name | person:valerii-zaluzhnyi | * | Walerij Saluschnyj; Valerii Zaluzhnyi; Valeriy Zaluzhny; Valery Zaluzhny; Saluschnyj; Zaluzhnyi; Zaluzhny
affil | person:valerii-zaluzhnyi | state:ukr | former Commander-in-Chief, Ambassador to the UK

actor | person:mykhailo-podolyak | person | Mykhailo Podolyak
name | person:mykhailo-podolyak | * | Mychajlo Podoljak; Mykhailo Podolyak; Mykhailo Podoliak; Podoljak; Podolyak; Podoliak
affil | person:mykhailo-podolyak | state:ukr | presidential adviser

actor | person:heorhii-tykhyi | person | Heorhii Tykhyi
name | person:heorhii-tykhyi | * | Heorhij Tychyj; Heorhii Tykhyi; Heorhiy Tykhyi; Georgiy Tykhy; Tychyj; Tykhyi
affil | person:heorhii-tykhyi | state:ukr | Foreign Ministry spokesman

actor | person:oleh-nikolenko | person | Oleh Nikolenko
name | person:oleh-nikolenko | * | Oleh Nikolenko; Oleg Nikolenko; Nikolenko
affil | person:oleh-nikolenko | state:ukr | former Foreign Ministry spokesman

actor | person:petro-poroshenko | person | Petro Poroshenko
name | person:petro-poroshenko | * | Petro Poroschenko; Petro Poroshenko; Poroschenko; Poroshenko
affil | person:petro-poroshenko | state:ukr | former President

actor | person:vitali-klitschko | person | Vitali Klitschko
name | person:vitali-klitschko | * | Vitali Klitschko; Witali Klitschko; Vitaliy Klitschko
affil | person:vitali-klitschko | state:ukr | Mayor of Kyiv

actor | person:ruslan-stefanchuk | person | Ruslan Stefanchuk
name | person:ruslan-stefanchuk | * | Ruslan Stefantschuk; Ruslan Stefanchuk; Stefantschuk; Stefanchuk
affil | person:ruslan-stefanchuk | state:ukr | Speaker of the Verkhovna Rada

# --- United States ---

actor | person:donald-trump | person | Donald Trump
name | person:donald-trump | * | Donald Trump; Donald J. Trump; Donald John Trump; Trump
affil | person:donald-trump | state:usa | President

actor | person:jd-vance | person | JD Vance
name | person:jd-vance | * | JD Vance; J.D. Vance; James David Vance; Vance
affil | person:jd-vance | state:usa | Vice President

actor | person:joe-biden | person | Joe Biden
name | person:joe-biden | * | Joe Biden; Joseph Biden; Joseph R. Biden; Joseph Robinette Biden; Biden
affil | person:joe-biden | state:usa | former President

actor | person:kamala-harris | person | Kamala Harris
name | person:kamala-harris | * | Kamala Harris
affil | person:kamala-harris | state:usa | former Vice President

actor | person:marco-rubio | person | Marco Rubio
name | person:marco-rubio | * | Marco Rubio; Rubio
affil | person:marco-rubio | state:usa | Secretary of State

actor | person:antony-blinken | person | Antony Blinken
name | person:antony-blinken | * | Antony Blinken; Anthony Blinken; Tony Blinken; Blinken
affil | person:antony-blinken | state:usa | former Secretary of State

actor | person:pete-hegseth | person | Pete Hegseth
name | person:pete-hegseth | * | Pete Hegseth; Peter Hegseth; Hegseth
affil | person:pete-hegseth | state:usa | Secretary of Defense

actor | person:lloyd-austin | person | Lloyd Austin
name | person:lloyd-austin | * | Lloyd Austin; Lloyd J. Austin
affil | person:lloyd-austin | state:usa | former Secretary of Defense

actor | person:jake-sullivan | person | Jake Sullivan
name | person:jake-sullivan | * | Jake Sullivan
affil | person:jake-sullivan | state:usa | former National Security Adviser

actor | person:mike-waltz | person | Mike Waltz
name | person:mike-waltz | * | Mike Waltz; Michael Waltz; Waltz
affil | person:mike-waltz | state:usa | Ambassador to the UN, former National Security Adviser

actor | person:john-kirby | person | John Kirby
name | person:john-kirby | * | John Kirby; Kirby
affil | person:john-kirby | state:usa | former National Security Council spokesman

actor | person:matthew-miller | person | Matthew Miller
name | person:matthew-miller | * | Matthew Miller
affil | person:matthew-miller | state:usa | former State Department spokesman

actor | person:tammy-bruce | person | Tammy Bruce
name | person:tammy-bruce | * | Tammy Bruce
affil | person:tammy-bruce | state:usa | State Department spokeswoman

actor | person:karoline-leavitt | person | Karoline Leavitt
name | person:karoline-leavitt | * | Karoline Leavitt; Leavitt
affil | person:karoline-leavitt | state:usa | White House press secretary

actor | person:karine-jean-pierre | person | Karine Jean-Pierre
name | person:karine-jean-pierre | * | Karine Jean-Pierre; Jean-Pierre
affil | person:karine-jean-pierre | state:usa | former White House press secretary

actor | person:steve-witkoff | person | Steve Witkoff
name | person:steve-witkoff | * | Steve Witkoff; Steven Witkoff; Witkoff
affil | person:steve-witkoff | state:usa | special envoy

actor | person:keith-kellogg | person | Keith Kellogg
name | person:keith-kellogg | * | Keith Kellogg; Kellogg
affil | person:keith-kellogg | state:usa | special envoy for Ukraine

actor | person:scott-bessent | person | Scott Bessent
name | person:scott-bessent | * | Scott Bessent; Bessent
affil | person:scott-bessent | state:usa | Treasury Secretary

actor | person:janet-yellen | person | Janet Yellen
name | person:janet-yellen | * | Janet Yellen; Yellen
affil | person:janet-yellen | state:usa | former Treasury Secretary

actor | person:tulsi-gabbard | person | Tulsi Gabbard
name | person:tulsi-gabbard | * | Tulsi Gabbard; Gabbard
affil | person:tulsi-gabbard | state:usa | Director of National Intelligence

actor | person:john-ratcliffe | person | John Ratcliffe
name | person:john-ratcliffe | * | John Ratcliffe; Ratcliffe
affil | person:john-ratcliffe | org:cia | Director

actor | person:kash-patel | person | Kash Patel
name | person:kash-patel | * | Kash Patel; Kashyap Patel
affil | person:kash-patel | org:fbi | Director

actor | person:mike-pompeo | person | Mike Pompeo
name | person:mike-pompeo | * | Mike Pompeo; Michael Pompeo; Pompeo
affil | person:mike-pompeo | state:usa | former Secretary of State

actor | person:linda-thomas-greenfield | person | Linda Thomas-Greenfield
name | person:linda-thomas-greenfield | * | Linda Thomas-Greenfield; Thomas-Greenfield
affil | person:linda-thomas-greenfield | state:usa | former Ambassador to the UN

actor | person:mike-johnson | person | Mike Johnson
name | person:mike-johnson | * | Mike Johnson
affil | person:mike-johnson | state:usa | Speaker of the House

actor | person:elon-musk | person | Elon Musk
name | person:elon-musk | * | Elon Musk; Musk
affil | person:elon-musk | org:spacex | CEO

# --- China ---

actor | person:xi-jinping | person | Xi Jinping
name | person:xi-jinping | * | Xi Jinping; Xi
affil | person:xi-jinping | state:chn | President

actor | person:li-qiang | person | Li Qiang
name | person:li-qiang | * | Li Qiang
affil | person:li-qiang | state:chn | Premier

actor | person:wang-yi | person | Wang Yi
name | person:wang-yi | * | Wang Yi
affil | person:wang-yi | state:chn | Foreign Minister

actor | person:dong-jun | person | Dong Jun
name | person:dong-jun | * | Dong Jun
affil | person:dong-jun | state:chn | Defence Minister

actor | person:han-zheng | person | Han Zheng
name | person:han-zheng | * | Han Zheng
affil | person:han-zheng | state:chn | Vice President

actor | person:mao-ning | person | Mao Ning
name | person:mao-ning | * | Mao Ning
affil | person:mao-ning | state:chn | Foreign Ministry spokeswoman

actor | person:lin-jian | person | Lin Jian
name | person:lin-jian | * | Lin Jian
affil | person:lin-jian | state:chn | Foreign Ministry spokesman

actor | person:guo-jiakun | person | Guo Jiakun
name | person:guo-jiakun | * | Guo Jiakun
affil | person:guo-jiakun | state:chn | Foreign Ministry spokesman

actor | person:wang-wenbin | person | Wang Wenbin
name | person:wang-wenbin | * | Wang Wenbin
affil | person:wang-wenbin | state:chn | former Foreign Ministry spokesman

actor | person:zhao-lijian | person | Zhao Lijian
name | person:zhao-lijian | * | Zhao Lijian
affil | person:zhao-lijian | state:chn | former Foreign Ministry spokesman

actor | person:hua-chunying | person | Hua Chunying
name | person:hua-chunying | * | Hua Chunying
affil | person:hua-chunying | state:chn | Vice Foreign Minister, former Foreign Ministry spokeswoman

actor | person:zhang-xiaogang | person | Zhang Xiaogang
name | person:zhang-xiaogang | * | Zhang Xiaogang
affil | person:zhang-xiaogang | state:chn | Defence Ministry spokesman

actor | person:wu-qian | person | Wu Qian
name | person:wu-qian | * | Wu Qian
affil | person:wu-qian | state:chn | Defence Ministry spokesman

actor | person:qin-gang | person | Qin Gang
name | person:qin-gang | * | Qin Gang
affil | person:qin-gang | state:chn | former Foreign Minister

actor | person:li-shangfu | person | Li Shangfu
name | person:li-shangfu | * | Li Shangfu
affil | person:li-shangfu | state:chn | former Defence Minister

actor | person:fu-cong | person | Fu Cong
name | person:fu-cong | * | Fu Cong
affil | person:fu-cong | state:chn | Ambassador to the UN

actor | person:li-hui | person | Li Hui
name | person:li-hui | * | Li Hui
affil | person:li-hui | state:chn | special envoy for Eurasian affairs

# --- North Korea ---

actor | person:kim-jong-un | person | Kim Jong Un
name | person:kim-jong-un | * | Kim Jong Un; Kim Jong-un; Kim Jong-Un; Kim Jong Eun
affil | person:kim-jong-un | state:prk | Leader

actor | person:kim-yo-jong | person | Kim Yo Jong
name | person:kim-yo-jong | * | Kim Yo Jong; Kim Yo-jong; Kim Yo-Jong
affil | person:kim-yo-jong | state:prk | senior official of the Workers' Party

actor | person:choe-son-hui | person | Choe Son Hui
name | person:choe-son-hui | * | Choe Son Hui; Choe Son-hui; Choe Son-Hui; Choe Sun Hui
affil | person:choe-son-hui | state:prk | Foreign Minister

actor | person:no-kwang-chol | person | No Kwang Chol
name | person:no-kwang-chol | * | No Kwang Chol; No Kwang-chol
affil | person:no-kwang-chol | state:prk | Defence Minister

actor | person:pak-thae-song | person | Pak Thae Song
name | person:pak-thae-song | * | Pak Thae Song; Pak Thae-song
affil | person:pak-thae-song | state:prk | Premier

actor | person:choe-ryong-hae | person | Choe Ryong Hae
name | person:choe-ryong-hae | * | Choe Ryong Hae; Choe Ryong-hae
affil | person:choe-ryong-hae | state:prk | Chairman of the Standing Committee of the Supreme People's Assembly

# --- South Korea ---

actor | person:lee-jae-myung | person | Lee Jae-myung
name | person:lee-jae-myung | * | Lee Jae-myung; Lee Jae Myung; Lee Jae-Myung
affil | person:lee-jae-myung | state:kor | President

actor | person:yoon-suk-yeol | person | Yoon Suk Yeol
name | person:yoon-suk-yeol | * | Yoon Suk Yeol; Yoon Suk-yeol; Yoon Suk-Yeol; Yoon Seok-youl; Yun Suk Yeol
affil | person:yoon-suk-yeol | state:kor | former President

actor | person:han-duck-soo | person | Han Duck-soo
name | person:han-duck-soo | * | Han Duck-soo; Han Duck Soo; Han Deok-su
affil | person:han-duck-soo | state:kor | former Prime Minister

actor | person:choi-sang-mok | person | Choi Sang-mok
name | person:choi-sang-mok | * | Choi Sang-mok; Choi Sang Mok
affil | person:choi-sang-mok | state:kor | former acting President

actor | person:kim-min-seok | person | Kim Min-seok
name | person:kim-min-seok | * | Kim Min-seok; Kim Min Seok
affil | person:kim-min-seok | state:kor | Prime Minister

actor | person:cho-hyun | person | Cho Hyun
name | person:cho-hyun | * | Cho Hyun
affil | person:cho-hyun | state:kor | Foreign Minister

actor | person:cho-tae-yul | person | Cho Tae-yul
name | person:cho-tae-yul | * | Cho Tae-yul; Cho Tae Yul
affil | person:cho-tae-yul | state:kor | former Foreign Minister

actor | person:ahn-gyu-back | person | Ahn Gyu-back
name | person:ahn-gyu-back | * | Ahn Gyu-back; Ahn Gyu Back; Ahn Kyu-back
affil | person:ahn-gyu-back | state:kor | Defence Minister

actor | person:kim-yong-hyun | person | Kim Yong-hyun
name | person:kim-yong-hyun | * | Kim Yong-hyun; Kim Yong Hyun
affil | person:kim-yong-hyun | state:kor | former Defence Minister

actor | person:shin-won-sik | person | Shin Won-sik
name | person:shin-won-sik | * | Shin Won-sik; Shin Won Sik
affil | person:shin-won-sik | state:kor | former Defence Minister

actor | person:wi-sung-lac | person | Wi Sung-lac
name | person:wi-sung-lac | * | Wi Sung-lac; Wi Sung Lac
affil | person:wi-sung-lac | state:kor | National Security Adviser

# --- Japan ---

actor | person:sanae-takaichi | person | Sanae Takaichi
name | person:sanae-takaichi | * | Sanae Takaichi; Takaichi
affil | person:sanae-takaichi | state:jpn | Prime Minister

actor | person:shigeru-ishiba | person | Shigeru Ishiba
name | person:shigeru-ishiba | * | Shigeru Ishiba; Ishiba
affil | person:shigeru-ishiba | state:jpn | former Prime Minister

actor | person:fumio-kishida | person | Fumio Kishida
name | person:fumio-kishida | * | Fumio Kishida; Kishida
affil | person:fumio-kishida | state:jpn | former Prime Minister

actor | person:shinzo-abe | person | Shinzo Abe
name | person:shinzo-abe | * | Shinzo Abe; Shinzō Abe
affil | person:shinzo-abe | state:jpn | former Prime Minister

actor | person:toshimitsu-motegi | person | Toshimitsu Motegi
name | person:toshimitsu-motegi | * | Toshimitsu Motegi; Motegi
affil | person:toshimitsu-motegi | state:jpn | Foreign Minister

actor | person:takeshi-iwaya | person | Takeshi Iwaya
name | person:takeshi-iwaya | * | Takeshi Iwaya; Iwaya
affil | person:takeshi-iwaya | state:jpn | former Foreign Minister

actor | person:yoko-kamikawa | person | Yoko Kamikawa
name | person:yoko-kamikawa | * | Yoko Kamikawa; Kamikawa
affil | person:yoko-kamikawa | state:jpn | former Foreign Minister

actor | person:shinjiro-koizumi | person | Shinjiro Koizumi
name | person:shinjiro-koizumi | * | Shinjiro Koizumi; Shinjirō Koizumi
affil | person:shinjiro-koizumi | state:jpn | Defence Minister

actor | person:gen-nakatani | person | Gen Nakatani
name | person:gen-nakatani | * | Gen Nakatani; Nakatani
affil | person:gen-nakatani | state:jpn | former Defence Minister

actor | person:minoru-kihara | person | Minoru Kihara
name | person:minoru-kihara | * | Minoru Kihara; Kihara
affil | person:minoru-kihara | state:jpn | Chief Cabinet Secretary

actor | person:yoshimasa-hayashi | person | Yoshimasa Hayashi
name | person:yoshimasa-hayashi | * | Yoshimasa Hayashi
affil | person:yoshimasa-hayashi | state:jpn | former Chief Cabinet Secretary

actor | person:naruhito | person | Naruhito
name | person:naruhito | * | Naruhito
affil | person:naruhito | state:jpn | Emperor

# --- Taiwan ---

actor | person:lai-ching-te | person | Lai Ching-te
name | person:lai-ching-te | * | Lai Ching-te; Lai Ching Te; William Lai
affil | person:lai-ching-te | state:twn | President

actor | person:tsai-ing-wen | person | Tsai Ing-wen
name | person:tsai-ing-wen | * | Tsai Ing-wen; Tsai Ing Wen
affil | person:tsai-ing-wen | state:twn | former President

actor | person:hsiao-bi-khim | person | Hsiao Bi-khim
name | person:hsiao-bi-khim | * | Hsiao Bi-khim; Hsiao Bi Khim
affil | person:hsiao-bi-khim | state:twn | Vice President

actor | person:lin-chia-lung | person | Lin Chia-lung
name | person:lin-chia-lung | * | Lin Chia-lung; Lin Chia Lung
affil | person:lin-chia-lung | state:twn | Foreign Minister

actor | person:wellington-koo | person | Wellington Koo
name | person:wellington-koo | * | Wellington Koo
affil | person:wellington-koo | state:twn | Defence Minister

# --- India ---

actor | person:narendra-modi | person | Narendra Modi
name | person:narendra-modi | * | Narendra Modi; Narendra Damodardas Modi; Modi
affil | person:narendra-modi | state:ind | Prime Minister

actor | person:droupadi-murmu | person | Droupadi Murmu
name | person:droupadi-murmu | * | Droupadi Murmu; Murmu
affil | person:droupadi-murmu | state:ind | President

actor | person:subrahmanyam-jaishankar | person | Subrahmanyam Jaishankar
name | person:subrahmanyam-jaishankar | * | Subrahmanyam Jaishankar; S. Jaishankar; S Jaishankar; Jaishankar
affil | person:subrahmanyam-jaishankar | state:ind | External Affairs Minister

actor | person:rajnath-singh | person | Rajnath Singh
name | person:rajnath-singh | * | Rajnath Singh
affil | person:rajnath-singh | state:ind | Defence Minister

actor | person:amit-shah | person | Amit Shah
name | person:amit-shah | * | Amit Shah
affil | person:amit-shah | state:ind | Home Minister

actor | person:ajit-doval | person | Ajit Doval
name | person:ajit-doval | * | Ajit Doval; Doval
affil | person:ajit-doval | state:ind | National Security Adviser

actor | person:randhir-jaiswal | person | Randhir Jaiswal
name | person:randhir-jaiswal | * | Randhir Jaiswal; Jaiswal
affil | person:randhir-jaiswal | state:ind | External Affairs Ministry spokesman

actor | person:vikram-misri | person | Vikram Misri
name | person:vikram-misri | * | Vikram Misri; Misri
affil | person:vikram-misri | state:ind | Foreign Secretary

actor | person:rahul-gandhi | person | Rahul Gandhi
name | person:rahul-gandhi | * | Rahul Gandhi
affil | person:rahul-gandhi | state:ind | opposition leader

# --- Pakistan, Afghanistan, Bangladesh, Sri Lanka ---

actor | person:shehbaz-sharif | person | Shehbaz Sharif
name | person:shehbaz-sharif | * | Shehbaz Sharif; Shahbaz Sharif; Schehbas Scharif; Shehbaz Scharif
affil | person:shehbaz-sharif | state:pak | Prime Minister

actor | person:asif-ali-zardari | person | Asif Ali Zardari
name | person:asif-ali-zardari | * | Asif Ali Zardari; Asif Zardari
affil | person:asif-ali-zardari | state:pak | President

actor | person:ishaq-dar | person | Ishaq Dar
name | person:ishaq-dar | * | Ishaq Dar
affil | person:ishaq-dar | state:pak | Foreign Minister

actor | person:khawaja-asif | person | Khawaja Asif
name | person:khawaja-asif | * | Khawaja Asif; Khawaja Muhammad Asif; Chawaja Asif
affil | person:khawaja-asif | state:pak | Defence Minister

actor | person:asim-munir | person | Asim Munir
name | person:asim-munir | * | Asim Munir; Syed Asim Munir
affil | person:asim-munir | state:pak | Chief of Army Staff

actor | person:imran-khan | person | Imran Khan
name | person:imran-khan | * | Imran Khan
affil | person:imran-khan | state:pak | former Prime Minister

actor | person:bilawal-bhutto-zardari | person | Bilawal Bhutto Zardari
name | person:bilawal-bhutto-zardari | * | Bilawal Bhutto Zardari; Bilawal Bhutto; Bilawal
affil | person:bilawal-bhutto-zardari | state:pak | former Foreign Minister

actor | person:hibatullah-akhundzada | person | Hibatullah Akhundzada
name | person:hibatullah-akhundzada | * | Hibatullah Akhundzada; Haibatullah Akhundzada; Haibatullah Achundsada; Hibatullah Achundsada; Akhundzada; Achundsada
affil | person:hibatullah-akhundzada | org:taliban | Supreme Leader

actor | person:zabihullah-mujahid | person | Zabihullah Mujahid
name | person:zabihullah-mujahid | * | Zabihullah Mujahid; Sabiullah Mudschahid; Zabiullah Mujahid
affil | person:zabihullah-mujahid | org:taliban | spokesman

actor | person:amir-khan-muttaqi | person | Amir Khan Muttaqi
name | person:amir-khan-muttaqi | * | Amir Khan Muttaqi; Amir Chan Muttaki; Muttaqi; Muttaki
affil | person:amir-khan-muttaqi | state:afg | Foreign Minister of the Taliban government

actor | person:sirajuddin-haqqani | person | Sirajuddin Haqqani
name | person:sirajuddin-haqqani | * | Sirajuddin Haqqani; Siradschuddin Hakkani
affil | person:sirajuddin-haqqani | org:taliban | Interior Minister

actor | person:muhammad-yunus | person | Muhammad Yunus
name | person:muhammad-yunus | * | Muhammad Yunus; Mohammed Yunus
affil | person:muhammad-yunus | state:bgd | Chief Adviser

actor | person:sheikh-hasina | person | Sheikh Hasina
name | person:sheikh-hasina | * | Sheikh Hasina; Scheich Hasina; Sheikh Hasina Wazed
affil | person:sheikh-hasina | state:bgd | former Prime Minister

actor | person:anura-kumara-dissanayake | person | Anura Kumara Dissanayake
name | person:anura-kumara-dissanayake | * | Anura Kumara Dissanayake; Dissanayake
affil | person:anura-kumara-dissanayake | state:lka | President

# --- Middle East ---

actor | person:ali-khamenei | person | Ali Khamenei
name | person:ali-khamenei | * | Ali Khamenei; Ayatollah Ali Khamenei; Ayatollah Khamenei; Ali Chamenei; Ajatollah Ali Chamenei; Ajatollah Chamenei; Ali Hosseini Khamenei; Khamenei; Chamenei
affil | person:ali-khamenei | state:irn | Supreme Leader

actor | person:masoud-pezeshkian | person | Masoud Pezeshkian
name | person:masoud-pezeshkian | * | Masoud Pezeshkian; Masud Pezeshkian; Massud Peseschkian; Masud Peseschkian; Pezeshkian; Peseschkian
affil | person:masoud-pezeshkian | state:irn | President

actor | person:ebrahim-raisi | person | Ebrahim Raisi
name | person:ebrahim-raisi | * | Ebrahim Raisi; Ebrahim Raissi; Ibrahim Raisi; Raisi; Raissi
affil | person:ebrahim-raisi | state:irn | former President

actor | person:abbas-araghchi | person | Abbas Araghchi
name | person:abbas-araghchi | * | Abbas Araghchi; Abbas Araghtschi; Abbas Araqchi; Araghchi; Araghtschi; Araqchi
affil | person:abbas-araghchi | state:irn | Foreign Minister

actor | person:hossein-amir-abdollahian | person | Hossein Amir-Abdollahian
name | person:hossein-amir-abdollahian | * | Hossein Amir-Abdollahian; Hossein Amirabdollahian; Hussein Amir-Abdollahian; Hussein Amirabdollahian; Amir-Abdollahian; Amirabdollahian
affil | person:hossein-amir-abdollahian | state:irn | former Foreign Minister

actor | person:esmaeil-baghaei | person | Esmaeil Baghaei
name | person:esmaeil-baghaei | * | Esmaeil Baghaei; Esmail Baghaei; Ismail Baghaei; Esmaeil Baghai; Baghaei; Baghai
affil | person:esmaeil-baghaei | state:irn | Foreign Ministry spokesman

actor | person:nasser-kanaani | person | Nasser Kanaani
name | person:nasser-kanaani | * | Nasser Kanaani; Nasser Kanani; Nasser Kanaani Chafi; Kanaani; Kanani
affil | person:nasser-kanaani | state:irn | former Foreign Ministry spokesman

actor | person:aziz-nasirzadeh | person | Aziz Nasirzadeh
name | person:aziz-nasirzadeh | * | Aziz Nasirzadeh; Nasirzadeh
affil | person:aziz-nasirzadeh | state:irn | Defence Minister

actor | person:fatemeh-mohajerani | person | Fatemeh Mohajerani
name | person:fatemeh-mohajerani | * | Fatemeh Mohajerani; Mohajerani
affil | person:fatemeh-mohajerani | state:irn | government spokeswoman

actor | person:mohammad-javad-zarif | person | Mohammad Javad Zarif
name | person:mohammad-javad-zarif | * | Mohammad Javad Zarif; Mohammed Dschawad Sarif; Mohammad Dschawad Sarif; Javad Zarif; Dschawad Sarif; Zarif; Sarif
affil | person:mohammad-javad-zarif | state:irn | former Foreign Minister

actor | person:ali-larijani | person | Ali Larijani
name | person:ali-larijani | * | Ali Larijani; Ali Laridschani; Larijani; Laridschani
affil | person:ali-larijani | state:irn | Secretary of the Supreme National Security Council

actor | person:mohammad-bagher-ghalibaf | person | Mohammad Bagher Ghalibaf
name | person:mohammad-bagher-ghalibaf | * | Mohammad Bagher Ghalibaf; Mohammad Bagher Qalibaf; Mohammed Bagher Ghalibaf; Ghalibaf; Qalibaf
affil | person:mohammad-bagher-ghalibaf | state:irn | Speaker of Parliament

actor | person:qassem-soleimani | person | Qassem Soleimani
name | person:qassem-soleimani | * | Qassem Soleimani; Qasem Soleimani; Ghassem Soleimani; Kassem Soleimani; Soleimani
affil | person:qassem-soleimani | state:irn | former Quds Force commander

actor | person:hossein-salami | person | Hossein Salami
name | person:hossein-salami | * | Hossein Salami; Hussein Salami
affil | person:hossein-salami | state:irn | former Revolutionary Guards commander

actor | person:benjamin-netanyahu | person | Benjamin Netanyahu
name | person:benjamin-netanyahu | * | Benjamin Netanyahu; Benjamin Netanjahu; Bibi Netanyahu; Netanyahu; Netanjahu
affil | person:benjamin-netanyahu | state:isr | Prime Minister

actor | person:isaac-herzog | person | Isaac Herzog
name | person:isaac-herzog | * | Isaac Herzog; Jizchak Herzog; Yitzhak Herzog
name | person:isaac-herzog | en | Herzog
affil | person:isaac-herzog | state:isr | President

actor | person:gideon-saar | person | Gideon Sa'ar
name | person:gideon-saar | * | Gideon Sa'ar; Gideon Saar; Gideon Sa’ar; Sa'ar; Sa’ar
name | person:gideon-saar | en | Saar
affil | person:gideon-saar | state:isr | Foreign Minister

actor | person:israel-katz | person | Israel Katz
name | person:israel-katz | * | Israel Katz
affil | person:israel-katz | state:isr | Defence Minister, former Foreign Minister

actor | person:yoav-gallant | person | Yoav Gallant
name | person:yoav-gallant | * | Yoav Gallant; Yoav Galant; Joav Galant; Joaw Galant; Gallant; Galant
affil | person:yoav-gallant | state:isr | former Defence Minister

actor | person:benny-gantz | person | Benny Gantz
name | person:benny-gantz | * | Benny Gantz; Gantz
affil | person:benny-gantz | state:isr | opposition politician, former Defence Minister

actor | person:yair-lapid | person | Yair Lapid
name | person:yair-lapid | * | Yair Lapid; Jair Lapid; Lapid
affil | person:yair-lapid | state:isr | opposition leader

actor | person:itamar-ben-gvir | person | Itamar Ben-Gvir
name | person:itamar-ben-gvir | * | Itamar Ben-Gvir; Itamar Ben Gvir; Ben-Gvir; Ben Gvir
affil | person:itamar-ben-gvir | state:isr | far-right politician, former National Security Minister

actor | person:bezalel-smotrich | person | Bezalel Smotrich
name | person:bezalel-smotrich | * | Bezalel Smotrich; Bezalel Smotritsch; Smotrich; Smotritsch
affil | person:bezalel-smotrich | state:isr | Finance Minister

actor | person:effie-defrin | person | Effie Defrin
name | person:effie-defrin | * | Effie Defrin; Effi Defrin; Defrin
affil | person:effie-defrin | state:isr | military spokesman

actor | person:daniel-hagari | person | Daniel Hagari
name | person:daniel-hagari | * | Daniel Hagari; Hagari
affil | person:daniel-hagari | state:isr | former military spokesman

actor | person:mahmoud-abbas | person | Mahmoud Abbas
name | person:mahmoud-abbas | * | Mahmoud Abbas; Mahmud Abbas; Abu Mazen
affil | person:mahmoud-abbas | org:palestinian-authority | President

actor | person:mohammad-mustafa | person | Mohammad Mustafa
name | person:mohammad-mustafa | * | Mohammad Mustafa; Mohammed Mustafa
affil | person:mohammad-mustafa | org:palestinian-authority | Prime Minister

actor | person:yahya-sinwar | person | Yahya Sinwar
name | person:yahya-sinwar | * | Yahya Sinwar; Jahja Sinwar; Yahya al-Sinwar
affil | person:yahya-sinwar | org:hamas | former leader

actor | person:ismail-haniyeh | person | Ismail Haniyeh
name | person:ismail-haniyeh | * | Ismail Haniyeh; Ismail Hanija; Ismail Haniya; Haniyeh; Hanija; Haniya
affil | person:ismail-haniyeh | org:hamas | former political leader

actor | person:khalil-al-hayya | person | Khalil al-Hayya
name | person:khalil-al-hayya | * | Khalil al-Hayya; Khalil al-Haya; Chalil al-Haja; Chalil al-Hajja
affil | person:khalil-al-hayya | org:hamas | leader in Gaza and chief negotiator

actor | person:mohammed-deif | person | Mohammed Deif
name | person:mohammed-deif | * | Mohammed Deif; Mohammed Dief; Mohammed Def; Deif
affil | person:mohammed-deif | org:hamas | former military commander

actor | person:hassan-nasrallah | person | Hassan Nasrallah
name | person:hassan-nasrallah | * | Hassan Nasrallah; Nasrallah
affil | person:hassan-nasrallah | org:hezbollah | former Secretary-General

actor | person:naim-qassem | person | Naim Qassem
name | person:naim-qassem | * | Naim Qassem; Naim Kassem; Naim Qasim; Naim Kassim
affil | person:naim-qassem | org:hezbollah | Secretary-General

actor | person:abdul-malik-al-houthi | person | Abdul-Malik al-Houthi
name | person:abdul-malik-al-houthi | * | Abdul-Malik al-Houthi; Abdul Malik al-Houthi; Abdulmalik al-Houthi; Abdul-Malik al-Huthi; Abdul Malik al-Huthi; Abdel-Malik al-Huthi; al-Houthi; al-Huthi
affil | person:abdul-malik-al-houthi | org:houthis | leader

actor | person:yahya-saree | person | Yahya Saree
name | person:yahya-saree | * | Yahya Saree; Yahya Sarea; Yahya Sari; Jahja Saree; Jahja Sari; Saree
affil | person:yahya-saree | org:houthis | military spokesman

actor | person:mohammed-abdulsalam | person | Mohammed Abdulsalam
name | person:mohammed-abdulsalam | * | Mohammed Abdulsalam; Mohammed Abdul Salam; Mohammed Abdelsalam; Abdulsalam
affil | person:mohammed-abdulsalam | org:houthis | spokesman and chief negotiator

actor | person:mahdi-al-mashat | person | Mahdi al-Mashat
name | person:mahdi-al-mashat | * | Mahdi al-Mashat; Mahdi al-Maschat; al-Mashat; al-Maschat
affil | person:mahdi-al-mashat | org:houthis | head of the Supreme Political Council

actor | person:bashar-al-assad | person | Bashar al-Assad
name | person:bashar-al-assad | * | Bashar al-Assad; Baschar al-Assad; Bashar Assad; Baschar Assad; Assad; al-Assad
affil | person:bashar-al-assad | state:syr | former President

actor | person:ahmed-al-sharaa | person | Ahmed al-Sharaa
name | person:ahmed-al-sharaa | * | Ahmed al-Sharaa; Ahmad al-Sharaa; Ahmed al-Scharaa; Ahmad al-Scharaa; al-Sharaa; al-Scharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Jolani; Abu Mohammed al-Golani; Abu Mohammed al-Dscholani; Mohammed al-Dscholani; al-Jolani; al-Golani; al-Dscholani
affil | person:ahmed-al-sharaa | state:syr | President

actor | person:asaad-al-shaibani | person | Asaad al-Shaibani
name | person:asaad-al-shaibani | * | Asaad al-Shaibani; Asaad Hassan al-Shaibani; Assad al-Schaibani; Asaad al-Schaibani; al-Shaibani; al-Schaibani
affil | person:asaad-al-shaibani | state:syr | Foreign Minister

actor | person:murhaf-abu-qasra | person | Murhaf Abu Qasra
name | person:murhaf-abu-qasra | * | Murhaf Abu Qasra; Murhaf Abu Kasra
affil | person:murhaf-abu-qasra | state:syr | Defence Minister

actor | person:joseph-aoun | person | Joseph Aoun
name | person:joseph-aoun | * | Joseph Aoun; Joseph Aun
affil | person:joseph-aoun | state:lbn | President

actor | person:nawaf-salam | person | Nawaf Salam
name | person:nawaf-salam | * | Nawaf Salam
affil | person:nawaf-salam | state:lbn | Prime Minister

actor | person:najib-mikati | person | Najib Mikati
name | person:najib-mikati | * | Najib Mikati; Nadschib Mikati; Mikati
affil | person:najib-mikati | state:lbn | former Prime Minister

actor | person:mohammed-bin-salman | person | Mohammed bin Salman
name | person:mohammed-bin-salman | * | Mohammed bin Salman; Mohammad bin Salman; Muhammad bin Salman; Mohammed bin Salman Al Saud; bin Salman; MBS
affil | person:mohammed-bin-salman | state:sau | Crown Prince and Prime Minister

actor | person:salman-bin-abdulaziz | person | Salman bin Abdulaziz
name | person:salman-bin-abdulaziz | * | Salman bin Abdulaziz; Salman bin Abdulaziz Al Saud; King Salman; König Salman
affil | person:salman-bin-abdulaziz | state:sau | King

actor | person:faisal-bin-farhan | person | Faisal bin Farhan
name | person:faisal-bin-farhan | * | Faisal bin Farhan; Faisal bin Farhan Al Saud; Prince Faisal bin Farhan; Prinz Faisal bin Farhan
affil | person:faisal-bin-farhan | state:sau | Foreign Minister

actor | person:khalid-bin-salman | person | Khalid bin Salman
name | person:khalid-bin-salman | * | Khalid bin Salman; Khalid bin Salman Al Saud; Chalid bin Salman
affil | person:khalid-bin-salman | state:sau | Defence Minister

actor | person:mohamed-bin-zayed | person | Mohamed bin Zayed
name | person:mohamed-bin-zayed | * | Mohamed bin Zayed; Mohammed bin Zayed; Mohamed bin Zayed Al Nahyan; Mohammed bin Zayed Al Nahyan; Mohammed bin Sajid; Mohamed bin Sajid; MBZ
affil | person:mohamed-bin-zayed | state:are | President

actor | person:abdullah-bin-zayed | person | Abdullah bin Zayed
name | person:abdullah-bin-zayed | * | Abdullah bin Zayed; Abdullah bin Zayed Al Nahyan; Abdullah bin Sajid
affil | person:abdullah-bin-zayed | state:are | Foreign Minister

actor | person:tamim-bin-hamad-al-thani | person | Tamim bin Hamad Al Thani
name | person:tamim-bin-hamad-al-thani | * | Tamim bin Hamad Al Thani; Tamim bin Hamad al-Thani; Tamim bin Hamad
affil | person:tamim-bin-hamad-al-thani | state:qat | Emir

actor | person:mohammed-bin-abdulrahman-al-thani | person | Mohammed bin Abdulrahman Al Thani
name | person:mohammed-bin-abdulrahman-al-thani | * | Mohammed bin Abdulrahman Al Thani; Mohammed bin Abdulrahman al-Thani; Mohammed bin Abdulrahman bin Jassim Al Thani; Mohammed bin Abdulrahman
affil | person:mohammed-bin-abdulrahman-al-thani | state:qat | Prime Minister and Foreign Minister

actor | person:majed-al-ansari | person | Majed al-Ansari
name | person:majed-al-ansari | * | Majed al-Ansari; Majed Al-Ansari; Madschid al-Ansari
affil | person:majed-al-ansari | state:qat | Foreign Ministry spokesman

actor | person:haitham-bin-tarik | person | Haitham bin Tarik
name | person:haitham-bin-tarik | * | Haitham bin Tarik; Haitham bin Tariq; Haitham bin Tarik Al Said; Sultan Haitham
affil | person:haitham-bin-tarik | state:omn | Sultan

actor | person:badr-albusaidi | person | Badr Albusaidi
name | person:badr-albusaidi | * | Badr Albusaidi; Badr al-Busaidi; Badr Al Busaidi; Badr bin Hamad Albusaidi; Badr bin Hamad Al Busaidi; Albusaidi
affil | person:badr-albusaidi | state:omn | Foreign Minister

actor | person:abdullah-ii | person | Abdullah II
name | person:abdullah-ii | * | Abdullah II; King Abdullah II; König Abdullah II.
affil | person:abdullah-ii | state:jor | King

actor | person:ayman-safadi | person | Ayman Safadi
name | person:ayman-safadi | * | Ayman Safadi; Ayman al-Safadi; Safadi
affil | person:ayman-safadi | state:jor | Foreign Minister

actor | person:mohammed-shia-al-sudani | person | Mohammed Shia al-Sudani
name | person:mohammed-shia-al-sudani | * | Mohammed Shia al-Sudani; Mohammed Schia al-Sudani; Mohammed al-Sudani; al-Sudani
affil | person:mohammed-shia-al-sudani | state:irq | Prime Minister

actor | person:fuad-hussein | person | Fuad Hussein
name | person:fuad-hussein | * | Fuad Hussein
affil | person:fuad-hussein | state:irq | Foreign Minister

actor | person:recep-tayyip-erdogan | person | Recep Tayyip Erdoğan
name | person:recep-tayyip-erdogan | * | Recep Tayyip Erdoğan; Recep Tayyip Erdogan; Tayyip Erdoğan; Tayyip Erdogan; Erdoğan; Erdogan
affil | person:recep-tayyip-erdogan | state:tur | President

actor | person:hakan-fidan | person | Hakan Fidan
name | person:hakan-fidan | * | Hakan Fidan; Fidan
affil | person:hakan-fidan | state:tur | Foreign Minister

actor | person:yasar-guler | person | Yaşar Güler
name | person:yasar-guler | * | Yaşar Güler; Yasar Güler; Yasar Guler
affil | person:yasar-guler | state:tur | Defence Minister

actor | person:cevdet-yilmaz | person | Cevdet Yılmaz
name | person:cevdet-yilmaz | * | Cevdet Yılmaz; Cevdet Yilmaz
affil | person:cevdet-yilmaz | state:tur | Vice President

actor | person:ibrahim-kalin | person | İbrahim Kalın
name | person:ibrahim-kalin | * | İbrahim Kalın; Ibrahim Kalin; Ibrahim Kalın
affil | person:ibrahim-kalin | state:tur | intelligence chief

actor | person:mevlut-cavusoglu | person | Mevlüt Çavuşoğlu
name | person:mevlut-cavusoglu | * | Mevlüt Çavuşoğlu; Mevlüt Cavusoglu; Mevlut Cavusoglu; Çavuşoğlu; Cavusoglu
affil | person:mevlut-cavusoglu | state:tur | former Foreign Minister

# --- Germany ---

actor | person:friedrich-merz | person | Friedrich Merz
name | person:friedrich-merz | * | Friedrich Merz; Merz
affil | person:friedrich-merz | state:deu | Chancellor

actor | person:olaf-scholz | person | Olaf Scholz
name | person:olaf-scholz | * | Olaf Scholz; Scholz
affil | person:olaf-scholz | state:deu | former Chancellor

actor | person:angela-merkel | person | Angela Merkel
name | person:angela-merkel | * | Angela Merkel; Merkel
affil | person:angela-merkel | state:deu | former Chancellor

actor | person:frank-walter-steinmeier | person | Frank-Walter Steinmeier
name | person:frank-walter-steinmeier | * | Frank-Walter Steinmeier; Frank Walter Steinmeier; Steinmeier
affil | person:frank-walter-steinmeier | state:deu | President

actor | person:johann-wadephul | person | Johann Wadephul
name | person:johann-wadephul | * | Johann Wadephul; Wadephul
affil | person:johann-wadephul | state:deu | Foreign Minister

actor | person:annalena-baerbock | person | Annalena Baerbock
name | person:annalena-baerbock | * | Annalena Baerbock; Baerbock
affil | person:annalena-baerbock | org:un-general-assembly | President
affil | person:annalena-baerbock | state:deu | former Foreign Minister

actor | person:boris-pistorius | person | Boris Pistorius
name | person:boris-pistorius | * | Boris Pistorius; Pistorius
affil | person:boris-pistorius | state:deu | Defence Minister

actor | person:lars-klingbeil | person | Lars Klingbeil
name | person:lars-klingbeil | * | Lars Klingbeil; Klingbeil
affil | person:lars-klingbeil | state:deu | Vice Chancellor and Finance Minister

actor | person:stefan-kornelius | person | Stefan Kornelius
name | person:stefan-kornelius | * | Stefan Kornelius; Kornelius
affil | person:stefan-kornelius | state:deu | government spokesman

actor | person:steffen-hebestreit | person | Steffen Hebestreit
name | person:steffen-hebestreit | * | Steffen Hebestreit; Hebestreit
affil | person:steffen-hebestreit | state:deu | former government spokesman

actor | person:robert-habeck | person | Robert Habeck
name | person:robert-habeck | * | Robert Habeck; Habeck
affil | person:robert-habeck | state:deu | former Vice Chancellor

actor | person:christian-lindner | person | Christian Lindner
name | person:christian-lindner | * | Christian Lindner; Lindner
affil | person:christian-lindner | state:deu | former Finance Minister

actor | person:alice-weidel | person | Alice Weidel
name | person:alice-weidel | * | Alice Weidel; Weidel
affil | person:alice-weidel | state:deu | AfD leader

# --- France ---

actor | person:emmanuel-macron | person | Emmanuel Macron
name | person:emmanuel-macron | * | Emmanuel Macron; Macron
affil | person:emmanuel-macron | state:fra | President

actor | person:sebastien-lecornu | person | Sébastien Lecornu
name | person:sebastien-lecornu | * | Sébastien Lecornu; Sebastien Lecornu; Lecornu
affil | person:sebastien-lecornu | state:fra | Prime Minister, former Defence Minister

actor | person:francois-bayrou | person | François Bayrou
name | person:francois-bayrou | * | François Bayrou; Francois Bayrou; Bayrou
affil | person:francois-bayrou | state:fra | former Prime Minister

actor | person:michel-barnier | person | Michel Barnier
name | person:michel-barnier | * | Michel Barnier; Barnier
affil | person:michel-barnier | state:fra | former Prime Minister

actor | person:gabriel-attal | person | Gabriel Attal
name | person:gabriel-attal | * | Gabriel Attal; Attal
affil | person:gabriel-attal | state:fra | former Prime Minister

actor | person:jean-noel-barrot | person | Jean-Noël Barrot
name | person:jean-noel-barrot | * | Jean-Noël Barrot; Jean-Noel Barrot; Barrot
affil | person:jean-noel-barrot | state:fra | Foreign Minister

actor | person:stephane-sejourne | person | Stéphane Séjourné
name | person:stephane-sejourne | * | Stéphane Séjourné; Stephane Sejourne; Séjourné; Sejourne
affil | person:stephane-sejourne | org:eu | Commissioner, former French Foreign Minister

actor | person:catherine-vautrin | person | Catherine Vautrin
name | person:catherine-vautrin | * | Catherine Vautrin; Vautrin
affil | person:catherine-vautrin | state:fra | Defence Minister

actor | person:christophe-lemoine | person | Christophe Lemoine
name | person:christophe-lemoine | * | Christophe Lemoine
affil | person:christophe-lemoine | state:fra | Foreign Ministry spokesman

actor | person:marine-le-pen | person | Marine Le Pen
name | person:marine-le-pen | * | Marine Le Pen; Le Pen
affil | person:marine-le-pen | state:fra | far-right leader

# --- United Kingdom ---

actor | person:keir-starmer | person | Keir Starmer
name | person:keir-starmer | * | Keir Starmer; Sir Keir Starmer; Starmer
affil | person:keir-starmer | state:gbr | Prime Minister

actor | person:king-charles-iii | person | King Charles III
name | person:king-charles-iii | * | Charles III; King Charles III; König Charles III.; King Charles; König Charles
affil | person:king-charles-iii | state:gbr | King

actor | person:yvette-cooper | person | Yvette Cooper
name | person:yvette-cooper | * | Yvette Cooper
affil | person:yvette-cooper | state:gbr | Foreign Secretary

actor | person:david-lammy | person | David Lammy
name | person:david-lammy | * | David Lammy; Lammy
affil | person:david-lammy | state:gbr | Deputy Prime Minister, former Foreign Secretary

actor | person:john-healey | person | John Healey
name | person:john-healey | * | John Healey; Healey
affil | person:john-healey | state:gbr | Defence Secretary

actor | person:rachel-reeves | person | Rachel Reeves
name | person:rachel-reeves | * | Rachel Reeves
affil | person:rachel-reeves | state:gbr | Chancellor of the Exchequer

actor | person:rishi-sunak | person | Rishi Sunak
name | person:rishi-sunak | * | Rishi Sunak; Sunak
affil | person:rishi-sunak | state:gbr | former Prime Minister

actor | person:boris-johnson | person | Boris Johnson
name | person:boris-johnson | * | Boris Johnson
affil | person:boris-johnson | state:gbr | former Prime Minister

actor | person:david-cameron | person | David Cameron
name | person:david-cameron | * | David Cameron; Lord Cameron
affil | person:david-cameron | state:gbr | former Prime Minister and Foreign Secretary

actor | person:grant-shapps | person | Grant Shapps
name | person:grant-shapps | * | Grant Shapps; Shapps
affil | person:grant-shapps | state:gbr | former Defence Secretary

# --- Italy, Spain, Portugal, Vatican ---

actor | person:giorgia-meloni | person | Giorgia Meloni
name | person:giorgia-meloni | * | Giorgia Meloni; Meloni
affil | person:giorgia-meloni | state:ita | Prime Minister

actor | person:sergio-mattarella | person | Sergio Mattarella
name | person:sergio-mattarella | * | Sergio Mattarella; Mattarella
affil | person:sergio-mattarella | state:ita | President

actor | person:antonio-tajani | person | Antonio Tajani
name | person:antonio-tajani | * | Antonio Tajani; Tajani
affil | person:antonio-tajani | state:ita | Foreign Minister

actor | person:guido-crosetto | person | Guido Crosetto
name | person:guido-crosetto | * | Guido Crosetto; Crosetto
affil | person:guido-crosetto | state:ita | Defence Minister

actor | person:matteo-salvini | person | Matteo Salvini
name | person:matteo-salvini | * | Matteo Salvini; Salvini
affil | person:matteo-salvini | state:ita | Deputy Prime Minister

actor | person:pedro-sanchez | person | Pedro Sánchez
name | person:pedro-sanchez | * | Pedro Sánchez; Pedro Sanchez
affil | person:pedro-sanchez | state:esp | Prime Minister

actor | person:jose-manuel-albares | person | José Manuel Albares
name | person:jose-manuel-albares | * | José Manuel Albares; Jose Manuel Albares; Albares
affil | person:jose-manuel-albares | state:esp | Foreign Minister

actor | person:margarita-robles | person | Margarita Robles
name | person:margarita-robles | * | Margarita Robles
affil | person:margarita-robles | state:esp | Defence Minister

actor | person:felipe-vi | person | Felipe VI
name | person:felipe-vi | * | Felipe VI; King Felipe VI; König Felipe VI.; King Felipe; König Felipe
affil | person:felipe-vi | state:esp | King

actor | person:luis-montenegro | person | Luís Montenegro
name | person:luis-montenegro | * | Luís Montenegro; Luis Montenegro
affil | person:luis-montenegro | state:prt | Prime Minister

actor | person:marcelo-rebelo-de-sousa | person | Marcelo Rebelo de Sousa
name | person:marcelo-rebelo-de-sousa | * | Marcelo Rebelo de Sousa; Rebelo de Sousa
affil | person:marcelo-rebelo-de-sousa | state:prt | President

actor | person:pope-leo-xiv | person | Pope Leo XIV
name | person:pope-leo-xiv | * | Leo XIV; Pope Leo XIV; Papst Leo XIV.; Papst Leo; Pope Leo; Robert Prevost; Robert Francis Prevost
affil | person:pope-leo-xiv | state:vat | Pope

actor | person:pope-francis | person | Pope Francis
name | person:pope-francis | * | Pope Francis; Papst Franziskus; Franziskus; Jorge Mario Bergoglio; Bergoglio
affil | person:pope-francis | state:vat | former Pope

actor | person:pietro-parolin | person | Pietro Parolin
name | person:pietro-parolin | * | Pietro Parolin; Parolin
affil | person:pietro-parolin | state:vat | Secretary of State

# --- Poland, Baltic states, Nordic states ---

actor | person:donald-tusk | person | Donald Tusk
name | person:donald-tusk | * | Donald Tusk; Tusk
affil | person:donald-tusk | state:pol | Prime Minister

actor | person:andrzej-duda | person | Andrzej Duda
name | person:andrzej-duda | * | Andrzej Duda; Duda
affil | person:andrzej-duda | state:pol | former President

actor | person:karol-nawrocki | person | Karol Nawrocki
name | person:karol-nawrocki | * | Karol Nawrocki; Nawrocki
affil | person:karol-nawrocki | state:pol | President

actor | person:radoslaw-sikorski | person | Radosław Sikorski
name | person:radoslaw-sikorski | * | Radosław Sikorski; Radoslaw Sikorski; Sikorski
affil | person:radoslaw-sikorski | state:pol | Foreign Minister

actor | person:wladyslaw-kosiniak-kamysz | person | Władysław Kosiniak-Kamysz
name | person:wladyslaw-kosiniak-kamysz | * | Władysław Kosiniak-Kamysz; Wladyslaw Kosiniak-Kamysz; Kosiniak-Kamysz
affil | person:wladyslaw-kosiniak-kamysz | state:pol | Defence Minister

actor | person:pawel-wronski | person | Paweł Wroński
name | person:pawel-wronski | * | Paweł Wroński; Pawel Wronski; Wroński; Wronski
affil | person:pawel-wronski | state:pol | Foreign Ministry spokesman

actor | person:adam-szlapka | person | Adam Szłapka
name | person:adam-szlapka | * | Adam Szłapka; Adam Szlapka; Szłapka; Szlapka
affil | person:adam-szlapka | state:pol | government spokesman

actor | person:gitanas-nauseda | person | Gitanas Nausėda
name | person:gitanas-nauseda | * | Gitanas Nausėda; Gitanas Nauseda; Nausėda; Nauseda
affil | person:gitanas-nauseda | state:ltu | President

actor | person:gintautas-paluckas | person | Gintautas Paluckas
name | person:gintautas-paluckas | * | Gintautas Paluckas; Paluckas
affil | person:gintautas-paluckas | state:ltu | former Prime Minister

actor | person:kestutis-budrys | person | Kęstutis Budrys
name | person:kestutis-budrys | * | Kęstutis Budrys; Kestutis Budrys; Budrys
affil | person:kestutis-budrys | state:ltu | Foreign Minister

actor | person:gabrielius-landsbergis | person | Gabrielius Landsbergis
name | person:gabrielius-landsbergis | * | Gabrielius Landsbergis; Landsbergis
affil | person:gabrielius-landsbergis | state:ltu | former Foreign Minister

actor | person:dovile-sakaliene | person | Dovilė Šakalienė
name | person:dovile-sakaliene | * | Dovilė Šakalienė; Dovile Sakaliene; Šakalienė; Sakaliene
affil | person:dovile-sakaliene | state:ltu | former Defence Minister

actor | person:edgars-rinkevics | person | Edgars Rinkēvičs
name | person:edgars-rinkevics | * | Edgars Rinkēvičs; Edgars Rinkevics; Rinkēvičs; Rinkevics
affil | person:edgars-rinkevics | state:lva | President

actor | person:evika-silina | person | Evika Siliņa
name | person:evika-silina | * | Evika Siliņa; Evika Silina; Siliņa; Silina
affil | person:evika-silina | state:lva | Prime Minister

actor | person:baiba-braze | person | Baiba Braže
name | person:baiba-braze | * | Baiba Braže; Baiba Braze; Braže; Braze
affil | person:baiba-braze | state:lva | Foreign Minister

actor | person:andris-spruds | person | Andris Sprūds
name | person:andris-spruds | * | Andris Sprūds; Andris Spruds; Sprūds; Spruds
affil | person:andris-spruds | state:lva | Defence Minister

actor | person:alar-karis | person | Alar Karis
name | person:alar-karis | * | Alar Karis; Karis
affil | person:alar-karis | state:est | President

actor | person:kristen-michal | person | Kristen Michal
name | person:kristen-michal | * | Kristen Michal
affil | person:kristen-michal | state:est | Prime Minister

actor | person:margus-tsahkna | person | Margus Tsahkna
name | person:margus-tsahkna | * | Margus Tsahkna; Tsahkna
affil | person:margus-tsahkna | state:est | Foreign Minister

actor | person:hanno-pevkur | person | Hanno Pevkur
name | person:hanno-pevkur | * | Hanno Pevkur; Pevkur
affil | person:hanno-pevkur | state:est | Defence Minister

actor | person:alexander-stubb | person | Alexander Stubb
name | person:alexander-stubb | * | Alexander Stubb; Stubb
affil | person:alexander-stubb | state:fin | President

actor | person:petteri-orpo | person | Petteri Orpo
name | person:petteri-orpo | * | Petteri Orpo; Orpo
affil | person:petteri-orpo | state:fin | Prime Minister

actor | person:elina-valtonen | person | Elina Valtonen
name | person:elina-valtonen | * | Elina Valtonen; Valtonen
affil | person:elina-valtonen | state:fin | Foreign Minister

actor | person:antti-hakkanen | person | Antti Häkkänen
name | person:antti-hakkanen | * | Antti Häkkänen; Antti Hakkanen; Häkkänen
affil | person:antti-hakkanen | state:fin | Defence Minister

actor | person:sauli-niinisto | person | Sauli Niinistö
name | person:sauli-niinisto | * | Sauli Niinistö; Sauli Niinisto; Niinistö; Niinisto
affil | person:sauli-niinisto | state:fin | former President

actor | person:sanna-marin | person | Sanna Marin
name | person:sanna-marin | * | Sanna Marin
affil | person:sanna-marin | state:fin | former Prime Minister

actor | person:ulf-kristersson | person | Ulf Kristersson
name | person:ulf-kristersson | * | Ulf Kristersson; Kristersson
affil | person:ulf-kristersson | state:swe | Prime Minister

actor | person:maria-malmer-stenergard | person | Maria Malmer Stenergard
name | person:maria-malmer-stenergard | * | Maria Malmer Stenergard; Malmer Stenergard
affil | person:maria-malmer-stenergard | state:swe | Foreign Minister

actor | person:tobias-billstrom | person | Tobias Billström
name | person:tobias-billstrom | * | Tobias Billström; Tobias Billstrom; Billström; Billstrom
affil | person:tobias-billstrom | state:swe | former Foreign Minister

actor | person:pal-jonson | person | Pål Jonson
name | person:pal-jonson | * | Pål Jonson; Pal Jonson
affil | person:pal-jonson | state:swe | Defence Minister

actor | person:mette-frederiksen | person | Mette Frederiksen
name | person:mette-frederiksen | * | Mette Frederiksen
affil | person:mette-frederiksen | state:dnk | Prime Minister

actor | person:lars-lokke-rasmussen | person | Lars Løkke Rasmussen
name | person:lars-lokke-rasmussen | * | Lars Løkke Rasmussen; Lars Lokke Rasmussen; Løkke Rasmussen; Lokke Rasmussen
affil | person:lars-lokke-rasmussen | state:dnk | Foreign Minister

actor | person:jonas-gahr-store | person | Jonas Gahr Støre
name | person:jonas-gahr-store | * | Jonas Gahr Støre; Jonas Gahr Store; Gahr Støre; Støre
affil | person:jonas-gahr-store | state:nor | Prime Minister

actor | person:espen-barth-eide | person | Espen Barth Eide
name | person:espen-barth-eide | * | Espen Barth Eide; Barth Eide
affil | person:espen-barth-eide | state:nor | Foreign Minister

# --- Central and Southeastern Europe ---

actor | person:viktor-orban | person | Viktor Orbán
name | person:viktor-orban | * | Viktor Orbán; Viktor Orban; Orbán; Orban
affil | person:viktor-orban | state:hun | Prime Minister

actor | person:tamas-sulyok | person | Tamás Sulyok
name | person:tamas-sulyok | * | Tamás Sulyok; Tamas Sulyok; Sulyok
affil | person:tamas-sulyok | state:hun | President

actor | person:peter-szijjarto | person | Péter Szijjártó
name | person:peter-szijjarto | * | Péter Szijjártó; Peter Szijjarto; Szijjártó; Szijjarto
affil | person:peter-szijjarto | state:hun | Foreign Minister

actor | person:kristof-szalay-bobrovniczky | person | Kristóf Szalay-Bobrovniczky
name | person:kristof-szalay-bobrovniczky | * | Kristóf Szalay-Bobrovniczky; Kristof Szalay-Bobrovniczky; Szalay-Bobrovniczky
affil | person:kristof-szalay-bobrovniczky | state:hun | Defence Minister

actor | person:zoltan-kovacs | person | Zoltán Kovács
name | person:zoltan-kovacs | * | Zoltán Kovács; Zoltan Kovacs
affil | person:zoltan-kovacs | state:hun | government spokesman

actor | person:peter-magyar | person | Péter Magyar
name | person:peter-magyar | * | Péter Magyar; Peter Magyar
affil | person:peter-magyar | state:hun | opposition leader

actor | person:robert-fico | person | Robert Fico
name | person:robert-fico | * | Robert Fico; Fico
affil | person:robert-fico | state:svk | Prime Minister

actor | person:peter-pellegrini | person | Peter Pellegrini
name | person:peter-pellegrini | * | Peter Pellegrini; Pellegrini
affil | person:peter-pellegrini | state:svk | President

actor | person:juraj-blanar | person | Juraj Blanár
name | person:juraj-blanar | * | Juraj Blanár; Juraj Blanar; Blanár; Blanar
affil | person:juraj-blanar | state:svk | Foreign Minister

actor | person:robert-kalinak | person | Robert Kaliňák
name | person:robert-kalinak | * | Robert Kaliňák; Robert Kalinak; Kaliňák; Kalinak
affil | person:robert-kalinak | state:svk | Defence Minister

actor | person:petr-fiala | person | Petr Fiala
name | person:petr-fiala | * | Petr Fiala; Fiala
affil | person:petr-fiala | state:cze | former Prime Minister

actor | person:petr-pavel | person | Petr Pavel
name | person:petr-pavel | * | Petr Pavel
affil | person:petr-pavel | state:cze | President

actor | person:andrej-babis | person | Andrej Babiš
name | person:andrej-babis | * | Andrej Babiš; Andrej Babis; Babiš; Babis
affil | person:andrej-babis | state:cze | Prime Minister

actor | person:aleksandar-vucic | person | Aleksandar Vučić
name | person:aleksandar-vucic | * | Aleksandar Vučić; Aleksandar Vucic; Vučić; Vucic
affil | person:aleksandar-vucic | state:srb | President

actor | person:marko-duric | person | Marko Đurić
name | person:marko-duric | * | Marko Đurić; Marko Djuric; Marko Duric; Đurić; Djuric
affil | person:marko-duric | state:srb | Foreign Minister

actor | person:albin-kurti | person | Albin Kurti
name | person:albin-kurti | * | Albin Kurti; Kurti
affil | person:albin-kurti | state:xkx | Prime Minister

actor | person:vjosa-osmani | person | Vjosa Osmani
name | person:vjosa-osmani | * | Vjosa Osmani
affil | person:vjosa-osmani | state:xkx | President

actor | person:maia-sandu | person | Maia Sandu
name | person:maia-sandu | * | Maia Sandu; Sandu
affil | person:maia-sandu | state:mda | President

actor | person:nicusor-dan | person | Nicușor Dan
name | person:nicusor-dan | * | Nicușor Dan; Nicusor Dan
affil | person:nicusor-dan | state:rou | President

actor | person:calin-georgescu | person | Călin Georgescu
name | person:calin-georgescu | * | Călin Georgescu; Calin Georgescu; Georgescu
affil | person:calin-georgescu | state:rou | far-right politician

actor | person:kyriakos-mitsotakis | person | Kyriakos Mitsotakis
name | person:kyriakos-mitsotakis | * | Kyriakos Mitsotakis; Mitsotakis
affil | person:kyriakos-mitsotakis | state:grc | Prime Minister

actor | person:christian-stocker | person | Christian Stocker
name | person:christian-stocker | * | Christian Stocker; Stocker
affil | person:christian-stocker | state:aut | Chancellor

actor | person:karl-nehammer | person | Karl Nehammer
name | person:karl-nehammer | * | Karl Nehammer; Nehammer
affil | person:karl-nehammer | state:aut | former Chancellor

actor | person:dick-schoof | person | Dick Schoof
name | person:dick-schoof | * | Dick Schoof; Schoof
affil | person:dick-schoof | state:nld | Prime Minister

actor | person:geert-wilders | person | Geert Wilders
name | person:geert-wilders | * | Geert Wilders; Wilders
affil | person:geert-wilders | state:nld | far-right leader

actor | person:bart-de-wever | person | Bart De Wever
name | person:bart-de-wever | * | Bart De Wever; De Wever
affil | person:bart-de-wever | state:bel | Prime Minister

actor | person:ignazio-cassis | person | Ignazio Cassis
name | person:ignazio-cassis | * | Ignazio Cassis; Cassis
affil | person:ignazio-cassis | state:che | Foreign Minister

actor | person:micheal-martin | person | Micheál Martin
name | person:micheal-martin | * | Micheál Martin; Micheal Martin
affil | person:micheal-martin | state:irl | Taoiseach

# --- Caucasus and Central Asia ---

actor | person:irakli-kobakhidze | person | Irakli Kobakhidze
name | person:irakli-kobakhidze | * | Irakli Kobachidse; Irakli Kobakhidze; Kobachidse; Kobakhidze
affil | person:irakli-kobakhidze | state:geo | Prime Minister

actor | person:mikheil-kavelashvili | person | Mikheil Kavelashvili
name | person:mikheil-kavelashvili | * | Micheil Kawelaschwili; Mikheil Kavelashvili; Kawelaschwili; Kavelashvili
affil | person:mikheil-kavelashvili | state:geo | President

actor | person:salome-zourabichvili | person | Salome Zourabichvili
name | person:salome-zourabichvili | * | Salome Surabischwili; Salome Zourabichvili; Salome Zurabishvili; Surabischwili; Zourabichvili; Zurabishvili
affil | person:salome-zourabichvili | state:geo | former President

actor | person:bidzina-ivanishvili | person | Bidzina Ivanishvili
name | person:bidzina-ivanishvili | * | Bidsina Iwanischwili; Bidzina Ivanishvili; Iwanischwili; Ivanishvili
affil | person:bidzina-ivanishvili | org:georgian-dream | founder and honorary chairman

actor | person:maka-botchorishvili | person | Maka Botchorishvili
name | person:maka-botchorishvili | * | Maka Botschoriswili; Maka Botchorishvili; Botchorishvili
affil | person:maka-botchorishvili | state:geo | Foreign Minister

actor | person:irakli-chikovani | person | Irakli Chikovani
name | person:irakli-chikovani | * | Irakli Tschikowani; Irakli Chikovani; Chikovani
affil | person:irakli-chikovani | state:geo | Defence Minister

actor | person:mikheil-saakashvili | person | Mikheil Saakashvili
name | person:mikheil-saakashvili | * | Michail Saakaschwili; Micheil Saakaschwili; Mikheil Saakashvili; Saakaschwili; Saakashvili
affil | person:mikheil-saakashvili | state:geo | former President

actor | person:ilham-aliyev | person | Ilham Aliyev
name | person:ilham-aliyev | * | Ilham Alijew; Ilham Aliyev; Alijew; Aliyev
affil | person:ilham-aliyev | state:aze | President

actor | person:jeyhun-bayramov | person | Jeyhun Bayramov
name | person:jeyhun-bayramov | * | Jeyhun Bayramov; Dscheichun Bairamow; Bayramov
affil | person:jeyhun-bayramov | state:aze | Foreign Minister

actor | person:nikol-pashinyan | person | Nikol Pashinyan
name | person:nikol-pashinyan | * | Nikol Paschinjan; Nikol Pashinyan; Paschinjan; Pashinyan
affil | person:nikol-pashinyan | state:arm | Prime Minister

actor | person:ararat-mirzoyan | person | Ararat Mirzoyan
name | person:ararat-mirzoyan | * | Ararat Mirsojan; Ararat Mirzoyan; Mirsojan; Mirzoyan
affil | person:ararat-mirzoyan | state:arm | Foreign Minister

actor | person:kassym-jomart-tokayev | person | Kassym-Jomart Tokayev
name | person:kassym-jomart-tokayev | * | Kassym-Schomart Tokajew; Kassym-Jomart Tokayev; Qassym-Jomart Toqaiev; Tokajew; Tokayev
affil | person:kassym-jomart-tokayev | state:kaz | President

actor | person:shavkat-mirziyoyev | person | Shavkat Mirziyoyev
name | person:shavkat-mirziyoyev | * | Schawkat Mirsijojew; Shavkat Mirziyoyev; Mirsijojew; Mirziyoyev
affil | person:shavkat-mirziyoyev | state:uzb | President

actor | person:sadyr-japarov | person | Sadyr Japarov
name | person:sadyr-japarov | * | Sadyr Schaparow; Sadyr Dschaparow; Sadyr Japarov; Schaparow; Dschaparow; Japarov
affil | person:sadyr-japarov | state:kgz | President

actor | person:emomali-rahmon | person | Emomali Rahmon
name | person:emomali-rahmon | * | Emomali Rachmon; Emomali Rahmon; Rachmon; Rahmon
affil | person:emomali-rahmon | state:tjk | President

actor | person:serdar-berdimuhamedow | person | Serdar Berdimuhamedow
name | person:serdar-berdimuhamedow | * | Serdar Berdimuhamedow; Serdar Berdymukhamedov; Berdimuhamedow; Berdymukhamedov
affil | person:serdar-berdimuhamedow | state:tkm | President

# --- Americas ---

actor | person:mark-carney | person | Mark Carney
name | person:mark-carney | * | Mark Carney; Carney
affil | person:mark-carney | state:can | Prime Minister

actor | person:justin-trudeau | person | Justin Trudeau
name | person:justin-trudeau | * | Justin Trudeau; Trudeau
affil | person:justin-trudeau | state:can | former Prime Minister

actor | person:anita-anand | person | Anita Anand
name | person:anita-anand | * | Anita Anand
affil | person:anita-anand | state:can | Foreign Minister

actor | person:melanie-joly | person | Mélanie Joly
name | person:melanie-joly | * | Mélanie Joly; Melanie Joly; Joly
affil | person:melanie-joly | state:can | former Foreign Minister

actor | person:david-mcguinty | person | David McGuinty
name | person:david-mcguinty | * | David McGuinty; McGuinty
affil | person:david-mcguinty | state:can | Defence Minister

actor | person:bill-blair | person | Bill Blair
name | person:bill-blair | * | Bill Blair
affil | person:bill-blair | state:can | former Defence Minister

actor | person:chrystia-freeland | person | Chrystia Freeland
name | person:chrystia-freeland | * | Chrystia Freeland; Freeland
affil | person:chrystia-freeland | state:can | former Deputy Prime Minister

actor | person:luiz-inacio-lula-da-silva | person | Luiz Inácio Lula da Silva
name | person:luiz-inacio-lula-da-silva | * | Luiz Inácio Lula da Silva; Luiz Inacio Lula da Silva; Lula da Silva; Lula
affil | person:luiz-inacio-lula-da-silva | state:bra | President

actor | person:mauro-vieira | person | Mauro Vieira
name | person:mauro-vieira | * | Mauro Vieira
affil | person:mauro-vieira | state:bra | Foreign Minister

actor | person:jose-mucio | person | José Múcio
name | person:jose-mucio | * | José Múcio; Jose Mucio; José Múcio Monteiro
affil | person:jose-mucio | state:bra | Defence Minister

actor | person:celso-amorim | person | Celso Amorim
name | person:celso-amorim | * | Celso Amorim; Amorim
affil | person:celso-amorim | state:bra | presidential foreign policy adviser

actor | person:jair-bolsonaro | person | Jair Bolsonaro
name | person:jair-bolsonaro | * | Jair Bolsonaro; Bolsonaro
affil | person:jair-bolsonaro | state:bra | former President

actor | person:javier-milei | person | Javier Milei
name | person:javier-milei | * | Javier Milei; Milei
affil | person:javier-milei | state:arg | President

actor | person:gerardo-werthein | person | Gerardo Werthein
name | person:gerardo-werthein | * | Gerardo Werthein; Werthein
affil | person:gerardo-werthein | state:arg | former Foreign Minister

actor | person:diana-mondino | person | Diana Mondino
name | person:diana-mondino | * | Diana Mondino; Mondino
affil | person:diana-mondino | state:arg | former Foreign Minister

actor | person:luis-petri | person | Luis Petri
name | person:luis-petri | * | Luis Petri
affil | person:luis-petri | state:arg | former Defence Minister

actor | person:claudia-sheinbaum | person | Claudia Sheinbaum
name | person:claudia-sheinbaum | * | Claudia Sheinbaum; Sheinbaum
affil | person:claudia-sheinbaum | state:mex | President

actor | person:juan-ramon-de-la-fuente | person | Juan Ramón de la Fuente
name | person:juan-ramon-de-la-fuente | * | Juan Ramón de la Fuente; Juan Ramon de la Fuente
affil | person:juan-ramon-de-la-fuente | state:mex | Foreign Minister

actor | person:andres-manuel-lopez-obrador | person | Andrés Manuel López Obrador
name | person:andres-manuel-lopez-obrador | * | Andrés Manuel López Obrador; Andres Manuel Lopez Obrador; López Obrador; Lopez Obrador; AMLO
affil | person:andres-manuel-lopez-obrador | state:mex | former President

actor | person:marcelo-ebrard | person | Marcelo Ebrard
name | person:marcelo-ebrard | * | Marcelo Ebrard; Ebrard
affil | person:marcelo-ebrard | state:mex | Economy Minister

actor | person:nicolas-maduro | person | Nicolás Maduro
name | person:nicolas-maduro | * | Nicolás Maduro; Nicolas Maduro; Nicolás Maduro Moros; Maduro
affil | person:nicolas-maduro | state:ven | President

actor | person:yvan-gil | person | Yván Gil
name | person:yvan-gil | * | Yván Gil; Yvan Gil; Yván Gil Pinto
affil | person:yvan-gil | state:ven | Foreign Minister

actor | person:vladimir-padrino-lopez | person | Vladimir Padrino López
name | person:vladimir-padrino-lopez | * | Vladimir Padrino López; Vladimir Padrino Lopez; Wladimir Padrino López; Padrino López; Padrino Lopez
affil | person:vladimir-padrino-lopez | state:ven | Defence Minister

actor | person:delcy-rodriguez | person | Delcy Rodríguez
name | person:delcy-rodriguez | * | Delcy Rodríguez; Delcy Rodriguez
affil | person:delcy-rodriguez | state:ven | Vice President

actor | person:diosdado-cabello | person | Diosdado Cabello
name | person:diosdado-cabello | * | Diosdado Cabello; Cabello
affil | person:diosdado-cabello | state:ven | Interior Minister

actor | person:maria-corina-machado | person | María Corina Machado
name | person:maria-corina-machado | * | María Corina Machado; Maria Corina Machado
affil | person:maria-corina-machado | state:ven | opposition leader

actor | person:edmundo-gonzalez-urrutia | person | Edmundo González Urrutia
name | person:edmundo-gonzalez-urrutia | * | Edmundo González Urrutia; Edmundo Gonzalez Urrutia; Edmundo González; González Urrutia
affil | person:edmundo-gonzalez-urrutia | state:ven | opposition presidential candidate

actor | person:irfaan-ali | person | Irfaan Ali
name | person:irfaan-ali | * | Irfaan Ali; Mohamed Irfaan Ali
affil | person:irfaan-ali | state:guy | President

actor | person:bharrat-jagdeo | person | Bharrat Jagdeo
name | person:bharrat-jagdeo | * | Bharrat Jagdeo; Jagdeo
affil | person:bharrat-jagdeo | state:guy | Vice President

actor | person:hugh-todd | person | Hugh Todd
name | person:hugh-todd | * | Hugh Todd
affil | person:hugh-todd | state:guy | Foreign Minister

actor | person:gustavo-petro | person | Gustavo Petro
name | person:gustavo-petro | * | Gustavo Petro; Gustavo Francisco Petro
affil | person:gustavo-petro | state:col | President

actor | person:gabriel-boric | person | Gabriel Boric
name | person:gabriel-boric | * | Gabriel Boric; Boric
affil | person:gabriel-boric | state:chl | President

actor | person:miguel-diaz-canel | person | Miguel Díaz-Canel
name | person:miguel-diaz-canel | * | Miguel Díaz-Canel; Miguel Diaz-Canel; Díaz-Canel; Diaz-Canel
affil | person:miguel-diaz-canel | state:cub | President

actor | person:daniel-ortega | person | Daniel Ortega
name | person:daniel-ortega | * | Daniel Ortega
affil | person:daniel-ortega | state:nic | President

actor | person:nayib-bukele | person | Nayib Bukele
name | person:nayib-bukele | * | Nayib Bukele; Bukele
affil | person:nayib-bukele | state:slv | President

actor | person:daniel-noboa | person | Daniel Noboa
name | person:daniel-noboa | * | Daniel Noboa; Noboa
affil | person:daniel-noboa | state:ecu | President

actor | person:jose-raul-mulino | person | José Raúl Mulino
name | person:jose-raul-mulino | * | José Raúl Mulino; Jose Raul Mulino; Mulino
affil | person:jose-raul-mulino | state:pan | President

# --- Africa ---

actor | person:abiy-ahmed | person | Abiy Ahmed
name | person:abiy-ahmed | * | Abiy Ahmed; Abiy Ahmed Ali; Abiy
affil | person:abiy-ahmed | state:eth | Prime Minister

actor | person:taye-atske-selassie | person | Taye Atske Selassie
name | person:taye-atske-selassie | * | Taye Atske Selassie; Taye Atske-Selassie
affil | person:taye-atske-selassie | state:eth | President

actor | person:gedion-timothewos | person | Gedion Timothewos
name | person:gedion-timothewos | * | Gedion Timothewos; Gedion Timotheos
affil | person:gedion-timothewos | state:eth | Foreign Minister

actor | person:hassan-sheikh-mohamud | person | Hassan Sheikh Mohamud
name | person:hassan-sheikh-mohamud | * | Hassan Sheikh Mohamud; Hassan Scheich Mohamud; Hassan Sheikh
affil | person:hassan-sheikh-mohamud | state:som | President

actor | person:hamza-abdi-barre | person | Hamza Abdi Barre
name | person:hamza-abdi-barre | * | Hamza Abdi Barre; Hamza Barre
affil | person:hamza-abdi-barre | state:som | Prime Minister

actor | person:ahmed-moallim-fiqi | person | Ahmed Moallim Fiqi
name | person:ahmed-moallim-fiqi | * | Ahmed Moallim Fiqi; Ahmed Fiqi; Fiqi
affil | person:ahmed-moallim-fiqi | state:som | Foreign Minister, former Defence Minister

actor | person:muse-bihi-abdi | person | Muse Bihi Abdi
name | person:muse-bihi-abdi | * | Muse Bihi Abdi; Muse Bihi; Bihi
affil | person:muse-bihi-abdi | org:somaliland | former President

actor | person:abdirahman-mohamed-abdullahi | person | Abdirahman Mohamed Abdullahi
name | person:abdirahman-mohamed-abdullahi | * | Abdirahman Mohamed Abdullahi; Abdirahman Irro; Abdirahman Abdullahi Irro; Irro
affil | person:abdirahman-mohamed-abdullahi | org:somaliland | President

actor | person:abdel-fattah-al-sisi | person | Abdel Fattah al-Sisi
name | person:abdel-fattah-al-sisi | * | Abdel Fattah al-Sisi; Abdel Fattah el-Sisi; Abdel Fattah as-Sisi; Abdel Fattah al-Sissi; Abdel Fattah el-Sissi; Abdel Fattah Sisi; al-Sisi; el-Sisi; as-Sisi; al-Sissi; el-Sissi; Sisi
affil | person:abdel-fattah-al-sisi | state:egy | President

actor | person:mostafa-madbouly | person | Mostafa Madbouly
name | person:mostafa-madbouly | * | Mostafa Madbouly; Mustafa Madbuli; Moustafa Madbouly; Madbouly; Madbuli
affil | person:mostafa-madbouly | state:egy | Prime Minister

actor | person:badr-abdelatty | person | Badr Abdelatty
name | person:badr-abdelatty | * | Badr Abdelatty; Badr Abdel Aty; Badr Abdelaty; Abdelatty
affil | person:badr-abdelatty | state:egy | Foreign Minister

actor | person:sameh-shoukry | person | Sameh Shoukry
name | person:sameh-shoukry | * | Sameh Shoukry; Sameh Schukri; Shoukry; Schukri
affil | person:sameh-shoukry | state:egy | former Foreign Minister

actor | person:abdel-fattah-al-burhan | person | Abdel Fattah al-Burhan
name | person:abdel-fattah-al-burhan | * | Abdel Fattah al-Burhan; Abdel Fattah Burhan; al-Burhan
affil | person:abdel-fattah-al-burhan | state:sdn | army chief and head of the Sovereignty Council

actor | person:mohamed-hamdan-dagalo | person | Mohamed Hamdan Dagalo
name | person:mohamed-hamdan-dagalo | * | Mohamed Hamdan Dagalo; Mohammed Hamdan Dagalo; Mohammed Hamdan Daglo; Mohamed Hamdan Daglo; Hamdan Dagalo; Dagalo; Daglo; Hemedti; Hemeti; Hametti
affil | person:mohamed-hamdan-dagalo | org:rsf | commander

actor | person:khalifa-haftar | person | Khalifa Haftar
name | person:khalifa-haftar | * | Khalifa Haftar; Chalifa Haftar; Haftar
affil | person:khalifa-haftar | org:lna | commander

actor | person:saddam-haftar | person | Saddam Haftar
name | person:saddam-haftar | * | Saddam Haftar
affil | person:saddam-haftar | org:lna | deputy commander

actor | person:abdul-hamid-dbeibah | person | Abdul Hamid Dbeibah
name | person:abdul-hamid-dbeibah | * | Abdul Hamid Dbeibah; Abdul Hamid Dbeiba; Abdulhamid Dbeibah; Dbeibah; Dbeiba
affil | person:abdul-hamid-dbeibah | state:lby | Prime Minister of the Government of National Unity

actor | person:assimi-goita | person | Assimi Goïta
name | person:assimi-goita | * | Assimi Goïta; Assimi Goita; Goïta; Goita
affil | person:assimi-goita | state:mli | President of the transition

actor | person:abdoulaye-maiga | person | Abdoulaye Maïga
name | person:abdoulaye-maiga | * | Abdoulaye Maïga; Abdoulaye Maiga
affil | person:abdoulaye-maiga | state:mli | Prime Minister, former government spokesman

actor | person:abdoulaye-diop | person | Abdoulaye Diop
name | person:abdoulaye-diop | * | Abdoulaye Diop
affil | person:abdoulaye-diop | state:mli | Foreign Minister

actor | person:sadio-camara | person | Sadio Camara
name | person:sadio-camara | * | Sadio Camara
affil | person:sadio-camara | state:mli | Defence Minister

actor | person:choguel-kokalla-maiga | person | Choguel Kokalla Maïga
name | person:choguel-kokalla-maiga | * | Choguel Kokalla Maïga; Choguel Kokalla Maiga; Choguel Maïga; Choguel Maiga
affil | person:choguel-kokalla-maiga | state:mli | former Prime Minister

actor | person:ibrahim-traore | person | Ibrahim Traoré
name | person:ibrahim-traore | * | Ibrahim Traoré; Ibrahim Traore
affil | person:ibrahim-traore | state:bfa | President of the transition

actor | person:abdourahamane-tchiani | person | Abdourahamane Tchiani
name | person:abdourahamane-tchiani | * | Abdourahamane Tchiani; Abdourahamane Tiani; Abdourahmane Tchiani; Tchiani; Tiani
affil | person:abdourahamane-tchiani | state:ner | President of the transition

actor | person:mahamat-idriss-deby | person | Mahamat Idriss Déby
name | person:mahamat-idriss-deby | * | Mahamat Idriss Déby; Mahamat Idriss Deby; Mahamat Déby; Mahamat Deby
affil | person:mahamat-idriss-deby | state:tcd | President

actor | person:cyril-ramaphosa | person | Cyril Ramaphosa
name | person:cyril-ramaphosa | * | Cyril Ramaphosa; Ramaphosa
affil | person:cyril-ramaphosa | state:zaf | President

actor | person:ronald-lamola | person | Ronald Lamola
name | person:ronald-lamola | * | Ronald Lamola; Lamola
affil | person:ronald-lamola | state:zaf | Foreign Minister

actor | person:angie-motshekga | person | Angie Motshekga
name | person:angie-motshekga | * | Angie Motshekga; Motshekga
affil | person:angie-motshekga | state:zaf | Defence Minister

actor | person:naledi-pandor | person | Naledi Pandor
name | person:naledi-pandor | * | Naledi Pandor; Pandor
affil | person:naledi-pandor | state:zaf | former Foreign Minister

actor | person:bola-tinubu | person | Bola Tinubu
name | person:bola-tinubu | * | Bola Tinubu; Bola Ahmed Tinubu; Tinubu
affil | person:bola-tinubu | state:nga | President

actor | person:william-ruto | person | William Ruto
name | person:william-ruto | * | William Ruto; Ruto
affil | person:william-ruto | state:ken | President

actor | person:felix-tshisekedi | person | Félix Tshisekedi
name | person:felix-tshisekedi | * | Félix Tshisekedi; Felix Tshisekedi; Tshisekedi
affil | person:felix-tshisekedi | state:cod | President

actor | person:therese-kayikwamba-wagner | person | Thérèse Kayikwamba Wagner
name | person:therese-kayikwamba-wagner | * | Thérèse Kayikwamba Wagner; Therese Kayikwamba Wagner; Kayikwamba Wagner
affil | person:therese-kayikwamba-wagner | state:cod | Foreign Minister

actor | person:paul-kagame | person | Paul Kagame
name | person:paul-kagame | * | Paul Kagame; Kagame
affil | person:paul-kagame | state:rwa | President

actor | person:olivier-nduhungirehe | person | Olivier Nduhungirehe
name | person:olivier-nduhungirehe | * | Olivier Nduhungirehe; Nduhungirehe
affil | person:olivier-nduhungirehe | state:rwa | Foreign Minister

actor | person:yoweri-museveni | person | Yoweri Museveni
name | person:yoweri-museveni | * | Yoweri Museveni; Museveni
affil | person:yoweri-museveni | state:uga | President

actor | person:isaias-afwerki | person | Isaias Afwerki
name | person:isaias-afwerki | * | Isaias Afwerki; Isayas Afewerki; Afwerki; Afewerki
affil | person:isaias-afwerki | state:eri | President

actor | person:bassirou-diomaye-faye | person | Bassirou Diomaye Faye
name | person:bassirou-diomaye-faye | * | Bassirou Diomaye Faye; Diomaye Faye
affil | person:bassirou-diomaye-faye | state:sen | President

actor | person:john-mahama | person | John Mahama
name | person:john-mahama | * | John Mahama; John Dramani Mahama; Mahama
affil | person:john-mahama | state:gha | President

actor | person:emmerson-mnangagwa | person | Emmerson Mnangagwa
name | person:emmerson-mnangagwa | * | Emmerson Mnangagwa; Mnangagwa
affil | person:emmerson-mnangagwa | state:zwe | President

actor | person:abdelmadjid-tebboune | person | Abdelmadjid Tebboune
name | person:abdelmadjid-tebboune | * | Abdelmadjid Tebboune; Abdelmajid Tebboune; Tebboune
affil | person:abdelmadjid-tebboune | state:dza | President

actor | person:mohammed-vi | person | Mohammed VI
name | person:mohammed-vi | * | Mohammed VI; King Mohammed VI; König Mohammed VI.
affil | person:mohammed-vi | state:mar | King
affil | person:mohammed-vi | state:mar | King

actor | person:kais-saied | person | Kais Saied
name | person:kais-saied | * | Kais Saied; Kaïs Saïed; Kais Said; Saied
affil | person:kais-saied | state:tun | President

actor | person:alassane-ouattara | person | Alassane Ouattara
name | person:alassane-ouattara | * | Alassane Ouattara; Ouattara
affil | person:alassane-ouattara | state:civ | President

# --- Asia and the Pacific ---

actor | person:prabowo-subianto | person | Prabowo Subianto
name | person:prabowo-subianto | * | Prabowo Subianto; Prabowo
affil | person:prabowo-subianto | state:idn | President

actor | person:sugiono | person | Sugiono
name | person:sugiono | * | Sugiono
affil | person:sugiono | state:idn | Foreign Minister

actor | person:sjafrie-sjamsoeddin | person | Sjafrie Sjamsoeddin
name | person:sjafrie-sjamsoeddin | * | Sjafrie Sjamsoeddin; Sjamsoeddin
affil | person:sjafrie-sjamsoeddin | state:idn | Defence Minister

actor | person:joko-widodo | person | Joko Widodo
name | person:joko-widodo | * | Joko Widodo; Jokowi; Widodo
affil | person:joko-widodo | state:idn | former President

actor | person:retno-marsudi | person | Retno Marsudi
name | person:retno-marsudi | * | Retno Marsudi; Marsudi
affil | person:retno-marsudi | state:idn | former Foreign Minister

actor | person:anwar-ibrahim | person | Anwar Ibrahim
name | person:anwar-ibrahim | * | Anwar Ibrahim
affil | person:anwar-ibrahim | state:mys | Prime Minister

actor | person:lawrence-wong | person | Lawrence Wong
name | person:lawrence-wong | * | Lawrence Wong
affil | person:lawrence-wong | state:sgp | Prime Minister

actor | person:ferdinand-marcos-jr | person | Ferdinand Marcos Jr.
name | person:ferdinand-marcos-jr | * | Ferdinand Marcos Jr.; Ferdinand Marcos Jr; Ferdinand Marcos; Bongbong Marcos; Marcos Jr.
affil | person:ferdinand-marcos-jr | state:phl | President

actor | person:rodrigo-duterte | person | Rodrigo Duterte
name | person:rodrigo-duterte | * | Rodrigo Duterte
affil | person:rodrigo-duterte | state:phl | former President

actor | person:sara-duterte | person | Sara Duterte
name | person:sara-duterte | * | Sara Duterte
affil | person:sara-duterte | state:phl | Vice President

actor | person:to-lam | person | To Lam
name | person:to-lam | * | To Lam; Tô Lâm
affil | person:to-lam | state:vnm | General Secretary of the Communist Party

actor | person:anutin-charnvirakul | person | Anutin Charnvirakul
name | person:anutin-charnvirakul | * | Anutin Charnvirakul; Charnvirakul
affil | person:anutin-charnvirakul | state:tha | Prime Minister

actor | person:paetongtarn-shinawatra | person | Paetongtarn Shinawatra
name | person:paetongtarn-shinawatra | * | Paetongtarn Shinawatra; Paetongtarn
affil | person:paetongtarn-shinawatra | state:tha | former Prime Minister

actor | person:thaksin-shinawatra | person | Thaksin Shinawatra
name | person:thaksin-shinawatra | * | Thaksin Shinawatra; Thaksin
affil | person:thaksin-shinawatra | state:tha | former Prime Minister

actor | person:hun-manet | person | Hun Manet
name | person:hun-manet | * | Hun Manet
affil | person:hun-manet | state:khm | Prime Minister

actor | person:hun-sen | person | Hun Sen
name | person:hun-sen | * | Hun Sen
affil | person:hun-sen | state:khm | Senate President, former Prime Minister

actor | person:min-aung-hlaing | person | Min Aung Hlaing
name | person:min-aung-hlaing | * | Min Aung Hlaing
affil | person:min-aung-hlaing | state:mmr | junta leader

actor | person:aung-san-suu-kyi | person | Aung San Suu Kyi
name | person:aung-san-suu-kyi | * | Aung San Suu Kyi; Suu Kyi
affil | person:aung-san-suu-kyi | state:mmr | former State Counsellor

actor | person:anthony-albanese | person | Anthony Albanese
name | person:anthony-albanese | * | Anthony Albanese
affil | person:anthony-albanese | state:aus | Prime Minister

actor | person:penny-wong | person | Penny Wong
name | person:penny-wong | * | Penny Wong
affil | person:penny-wong | state:aus | Foreign Minister

actor | person:richard-marles | person | Richard Marles
name | person:richard-marles | * | Richard Marles; Marles
affil | person:richard-marles | state:aus | Deputy Prime Minister and Defence Minister

actor | person:christopher-luxon | person | Christopher Luxon
name | person:christopher-luxon | * | Christopher Luxon; Luxon
affil | person:christopher-luxon | state:nzl | Prime Minister

actor | person:winston-peters | person | Winston Peters
name | person:winston-peters | * | Winston Peters
affil | person:winston-peters | state:nzl | Foreign Minister

# --- International organizations ---

actor | person:antonio-guterres | person | António Guterres
name | person:antonio-guterres | * | António Guterres; Antonio Guterres; Guterres
affil | person:antonio-guterres | org:un | Secretary-General

actor | person:stephane-dujarric | person | Stéphane Dujarric
name | person:stephane-dujarric | * | Stéphane Dujarric; Stephane Dujarric; Dujarric
affil | person:stephane-dujarric | org:un | spokesman of the Secretary-General

actor | person:volker-turk | person | Volker Türk
name | person:volker-turk | * | Volker Türk; Volker Turk
affil | person:volker-turk | org:ohchr | High Commissioner for Human Rights

actor | person:filippo-grandi | person | Filippo Grandi
name | person:filippo-grandi | * | Filippo Grandi
affil | person:filippo-grandi | org:unhcr | High Commissioner for Refugees

actor | person:tedros-adhanom-ghebreyesus | person | Tedros Adhanom Ghebreyesus
name | person:tedros-adhanom-ghebreyesus | * | Tedros Adhanom Ghebreyesus; Tedros Adhanom; Tedros
affil | person:tedros-adhanom-ghebreyesus | org:who | Director-General

actor | person:rafael-grossi | person | Rafael Grossi
name | person:rafael-grossi | * | Rafael Grossi; Rafael Mariano Grossi; Grossi
affil | person:rafael-grossi | org:iaea | Director General

actor | person:tom-fletcher | person | Tom Fletcher
name | person:tom-fletcher | * | Tom Fletcher
affil | person:tom-fletcher | org:ocha | UN aid chief

actor | person:martin-griffiths | person | Martin Griffiths
name | person:martin-griffiths | * | Martin Griffiths
affil | person:martin-griffiths | org:ocha | former UN aid chief

actor | person:philippe-lazzarini | person | Philippe Lazzarini
name | person:philippe-lazzarini | * | Philippe Lazzarini; Lazzarini
affil | person:philippe-lazzarini | org:unrwa | Commissioner-General

actor | person:catherine-russell | person | Catherine Russell
name | person:catherine-russell | * | Catherine Russell
affil | person:catherine-russell | org:unicef | Executive Director

actor | person:cindy-mccain | person | Cindy McCain
name | person:cindy-mccain | * | Cindy McCain
affil | person:cindy-mccain | org:wfp | Executive Director

actor | person:karim-khan | person | Karim Khan
name | person:karim-khan | * | Karim Khan; Karim A. A. Khan
affil | person:karim-khan | org:icc | Prosecutor

actor | person:francesca-albanese | person | Francesca Albanese
name | person:francesca-albanese | * | Francesca Albanese
affil | person:francesca-albanese | org:un-human-rights-council | Special Rapporteur on the Palestinian territories

actor | person:mark-rutte | person | Mark Rutte
name | person:mark-rutte | * | Mark Rutte; Rutte
affil | person:mark-rutte | org:nato | Secretary General

actor | person:jens-stoltenberg | person | Jens Stoltenberg
name | person:jens-stoltenberg | * | Jens Stoltenberg; Stoltenberg
affil | person:jens-stoltenberg | state:nor | Finance Minister
affil | person:jens-stoltenberg | org:nato | former Secretary General

actor | person:farah-dakhlallah | person | Farah Dakhlallah
name | person:farah-dakhlallah | * | Farah Dakhlallah; Dakhlallah
affil | person:farah-dakhlallah | org:nato | spokesperson

actor | person:oana-lungescu | person | Oana Lungescu
name | person:oana-lungescu | * | Oana Lungescu; Lungescu
affil | person:oana-lungescu | org:nato | former spokesperson

actor | person:ursula-von-der-leyen | person | Ursula von der Leyen
name | person:ursula-von-der-leyen | * | Ursula von der Leyen; von der Leyen; Von der Leyen
affil | person:ursula-von-der-leyen | org:eu | President of the European Commission

actor | person:kaja-kallas | person | Kaja Kallas
name | person:kaja-kallas | * | Kaja Kallas; Kallas
affil | person:kaja-kallas | org:eu | High Representative for Foreign Affairs

actor | person:antonio-costa | person | António Costa
name | person:antonio-costa | * | António Costa; Antonio Costa
affil | person:antonio-costa | org:eu | President of the European Council

actor | person:charles-michel | person | Charles Michel
name | person:charles-michel | * | Charles Michel
affil | person:charles-michel | org:eu | former President of the European Council

actor | person:josep-borrell | person | Josep Borrell
name | person:josep-borrell | * | Josep Borrell; Borrell
affil | person:josep-borrell | org:eu | former High Representative for Foreign Affairs

actor | person:peter-stano | person | Peter Stano
name | person:peter-stano | * | Peter Stano; Stano
affil | person:peter-stano | org:eu | former foreign affairs spokesman

actor | person:andrius-kubilius | person | Andrius Kubilius
name | person:andrius-kubilius | * | Andrius Kubilius; Kubilius
affil | person:andrius-kubilius | org:eu | Commissioner for Defence

actor | person:maros-sefcovic | person | Maroš Šefčovič
name | person:maros-sefcovic | * | Maroš Šefčovič; Maros Sefcovic; Šefčovič; Sefcovic
affil | person:maros-sefcovic | org:eu | Trade Commissioner

actor | person:roberta-metsola | person | Roberta Metsola
name | person:roberta-metsola | * | Roberta Metsola; Metsola
affil | person:roberta-metsola | org:european-parliament | President

actor | person:christine-lagarde | person | Christine Lagarde
name | person:christine-lagarde | * | Christine Lagarde; Lagarde
affil | person:christine-lagarde | org:ecb | President

actor | person:kristalina-georgieva | person | Kristalina Georgieva
name | person:kristalina-georgieva | * | Kristalina Georgieva; Kristalina Georgiewa; Georgieva; Georgiewa
affil | person:kristalina-georgieva | org:imf | Managing Director

actor | person:ajay-banga | person | Ajay Banga
name | person:ajay-banga | * | Ajay Banga
affil | person:ajay-banga | org:world-bank | President

actor | person:ngozi-okonjo-iweala | person | Ngozi Okonjo-Iweala
name | person:ngozi-okonjo-iweala | * | Ngozi Okonjo-Iweala; Okonjo-Iweala
affil | person:ngozi-okonjo-iweala | org:wto | Director-General

actor | person:mahmoud-ali-youssouf | person | Mahmoud Ali Youssouf
name | person:mahmoud-ali-youssouf | * | Mahmoud Ali Youssouf
affil | person:mahmoud-ali-youssouf | org:african-union | Chairperson of the Commission

actor | person:moussa-faki-mahamat | person | Moussa Faki Mahamat
name | person:moussa-faki-mahamat | * | Moussa Faki Mahamat; Moussa Faki
affil | person:moussa-faki-mahamat | org:african-union | former Chairperson of the Commission

actor | person:ahmed-aboul-gheit | person | Ahmed Aboul Gheit
name | person:ahmed-aboul-gheit | * | Ahmed Aboul Gheit; Ahmed Abul Gheit; Aboul Gheit
affil | person:ahmed-aboul-gheit | org:arab-league | Secretary-General

actor | person:feridun-sinirlioglu | person | Feridun Sinirlioğlu
name | person:feridun-sinirlioglu | * | Feridun Sinirlioğlu; Feridun Sinirlioglu
affil | person:feridun-sinirlioglu | org:osce | Secretary General
