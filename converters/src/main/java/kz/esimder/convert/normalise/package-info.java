/**
 * Normalisers: small, pure, thread-safe units that turn the text of one field into typed values,
 * and never guess. Each returns a {@link kz.esimder.convert.normalise.Parsed}: the text as written
 * (always), the value when understood, and a {@link kz.esimder.convert.normalise.Problem} with
 * the unparsed text, verbatim, when not understood or understood only in part. Bad data never
 * throws.
 *
 * <p>Wiring (one set serves a whole run):
 * <pre>{@code
 * DateNormaliser dates = new DateNormaliser(clock);           // rejects dates after today by clock
 * OrganNormaliser organs = new OrganNormaliser();
 * OutcomeNormaliser outcomes = new OutcomeNormaliser(dates, campGazetteer);
 * SentenceNormaliser sentences = new SentenceNormaliser(outcomes);
 * ChargeNormaliser charges = new ChargeNormaliser(dates);
 * RehabilitationNormaliser rehabilitations = new RehabilitationNormaliser(dates, organs);
 * PlaceNormaliser places = new PlaceNormaliser(placeGazetteer);
 * NationalityNormaliser nationalities = new NationalityNormaliser(nationalityGazetteer);
 * NameNormaliser names = new NameNormaliser();
 * GenderGuesser genders = new GenderGuesser();
 * }</pre>
 * The gazetteers are built from the vocabularies' prefLabels and altLabels
 * ({@link kz.esimder.convert.normalise.Gazetteer#of}).
 *
 * <p>Concept local names the normalisers emit (the scheme is in brackets). Those marked * are
 * not (yet) in the vocabularies of {@code ontology/vocab/}: a consumer that checks concepts
 * exist reports them as unparsed until the vocabularies add them.
 * <ul>
 *   <li>[organ] {@code vchk gpu ogpu ogpu-pp-kazakhstan ogpu-troika ogpu-troika-kazakhstan
 *       ogpu-collegium ogpu-special-board nkvd-ussr nkvd-kazakh-ssr unkvd unkvd-{oblast}
 *       nkvd-troika nkvd-troika-{oblast} nkvd-dvoika nkvd-special-board nkgb mgb mgb-special-board
 *       mvd mvd-special-board kgb military-collegium military-collegium-visiting-session
 *       supreme-court-ussr supreme-court-kazakh-ssr supreme-court-rsfsr-kazakh-branch oblast-court
 *       peoples-court transport-court revolutionary-tribunal military-tribunal prosecutor
 *       prosecutor-kazakh-ssr prosecutor-general-kazakhstan military-prosecutor
 *       district-executive-committee}; {oblast} is a 1937 oblast of the Kazakh SSR (troikas only
 *       of the eleven that had one).</li>
 *   <li>[organ-kind] {@code troika dvoika special-board ogpu-collegium military-collegium
 *       military-tribunal court security-organ prosecutor executive other}.</li>
 *   <li>[place, as organ region or resolved oblast] {@code karaganda alma-ata south-kazakhstan
 *       east-kazakhstan north-kazakhstan west-kazakhstan aktyubinsk kustanay pavlodar akmolinsk
 *       guryev semipalatinsk kzyl-orda dzhambul taldy-kurgan kokchetav}.</li>
 *   <li>[charge] article points {@code 58-1a 58-1b 58-1v 58-1g 58-2 … 58-14 59-3 …}, whole articles
 *       ({@code 58 162 109 …}), {@code 17 19} (complicity, preparation: «19-58-8» is 19 and 58-8),
 *       other codes {@code bssr-72 ukrssr-* gssr-* uzssr-*}; grounds {@code chsir soe kro kulak
 *       ethnicity refugee} and {@code krtd* sve*}; «а/с агитация» is 58-10 and «шпионаж» 58-6,
 *       as the vocabulary has them.</li>
 *   <li>[normative-act] by date or number: {@code kazassr-1928-08-27-bai-confiscation
 *       ussr-1930-02-01-dekulakization ussr-1932-08-07 nkvd-order-00439 nkvd-order-00447
 *       nkvd-order-00485 nkvd-order-00486 deportation-koreans-1937 nkvd-sovnarkom-1938-11-17
 *       stavka-order-270 deportation-volga-germans-1941 gko-1941-09-22-germans
 *       deportation-karachays-1943 deportation-kalmyks-1943 deportation-chechens-ingush-1944
 *       deportation-balkars-1944 deportation-crimean-tatars-1944 deportation-meskhetian-turks-1944
 *       special-settlers-1948-11-26}.</li>
 *   <li>[rehabilitation-basis] {@code ussr-1989-01-16 ussr-1990-08-13 rsfsr-1991-10-18
 *       kz-1993-04-14 no-corpus-delicti insufficient-evidence no-event-of-crime*}.</li>
 *   <li>[sentence-kind] {@code death camp prison exile banishment special-settlement
 *       dekulakization release other deportation*} («выселена в Казахстан (по нац. признаку)»:
 *       the deportation of a people, told apart from banishment and special settlement; its
 *       {@link kz.esimder.convert.normalise.Sentence#eventType()} is {@code deportation}).</li>
 *   <li>[event-type] outcomes {@code execution release death-in-custody imprisonment death*} (a
 *       death the text does not place in custody); sentences {@code sentence deportation}.</li>
 *   <li>[camp] {@code karlag alzhir steplag peschanlag luglag prorvlag}, then whatever the camp
 *       gazetteer knows.</li>
 *   <li>[nationality] see {@code nationalities.txt} next to these classes; {@code gypsy* komi*
 *       udmurt* mari* czech*} are not in the vocabulary.</li>
 *   <li>[gender] {@code male female}; [precision] {@code day month year}.</li>
 * </ul>
 */
package kz.esimder.convert.normalise;
