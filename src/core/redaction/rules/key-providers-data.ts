// Round 11: names of services whose API keys TruffleHog has a detector for (trufflesecurity/trufflehog, the folder names
// of pkg/detectors at 3ab759f, 888 detectors; only the names are taken, no pattern), with the kind of key glued after a
// name cut off (`pdfshift`, not `pdfshiftapikey`), the names already in key-context.ts's own list, names shorter than
// five letters and names that are everyday words (checkout, courier, harness, monday, polygon…) left out. A key's only
// context is often its service's name (`scrapeowl ACCESS …`, `| Abyssale | … |`, `TEAMWORKDESK=…`): key-context.ts
// counts these names as whole name parts, like its own list.
export const DETECTOR_PROVIDERS = `
abuseipdb abyssale accuweather adafruitio adobeio adzuna aeroworkflow airbrake airship airvisual aiven alconost
alegra aletheiaapi alienvault allsports amadeus ambee anypoint apacta api2cart apideck apiflash apifonica apify
apilayer apimatic apimetrics apitemplate appcues appfollow appointedd appsynergy apptivo artsy atera
atlassiandatacenter autodesk autoklose avaza aviationstack axonaut aylien ayrshare azureapimanagement
azureappconfig azurebatch azurecontainerregistry azurecosmosdb azuredevops azuredirectmanagement azureentra
azurefunction azureopenai azuresas azuresearch azurestorage bannerbear baremetrics beebole besnappy besttime
betterstack billomat bitbar bitcoinaverage bitly bitmex blazemeter blitapp blocknative blogger bombbomb boostnote
borgbase braintreepayments braintrust brandfetch browserstack browshot buddyns budibase bugherd bulksms buttercms
calendarific calorieninja campayn cannyio capsulecrm captaindata carboninterface cashboard caspio censys
centralstationcrm cexio chartmogul chatfule checio checklyhq checkvist clickhelp clicksendsms cliengo clientary
clinchpad clockify clockworksms closecrm cloudconvert cloudelements cloudimage cloudmersive cloudplan cloudsmith
cloverly clustdoc codacy codeclimate codemagic codequiry coinapi coinlayer coinlib commercejs companyhub confluent
conversiontools convertapi convertkit convier countrylayer craftmypdf crowdin cryptocompare currencycloud
currencyfreaks currencylayer currencyscoop currentsapi customerguru customerio d7network dailyco dareboost databox
datagov deepai demio detectify detectlanguage dfuse diffbot diggernaut disqus dnscheck docparser documo dotdigital
dovico dronahq droneci duffel duply dwolla dynalist dyspatch eagleeyenetworks easyinsight ecostruxureit edamam
edenai eightxeight elasticemail enablex endorlabs ethplorer everhour exchangerateapi exchangeratesapi exportsdk
extractorapi faceplusplus fastforex feedier fetchrss fibery fileio finage financialmodelingprep finnhub fixerio
flatio fleetbase flexport flickr flightapi flightlabs flightstats flowflu formbucket formcraft formio formsite
frameio freshbooks fulcrum fxmarket gcpapplicationdefaultcredentials geckoboard gengo geoapify geocodify geocodio
geoipifi getemail getemails getgeoapi getgist getresponse getsandbox githubapp gitter glassnode gocanvas gocardless
godaddy goodday googlegemini graphcms graphhopper groovehq gtmetrix guardianapi gyazo happyscribe hashicorpvault
hashicorpvaultauth hasura helpcrunch hereapi hiveage holidayapi html2pdf hybiscus hypertrack ibmcloud iconfinder
iexapis iexcloud imagekit imagga insightly instabot instamojo interseller intra42 intrinio invoiceocean ip2location
ipapi ipgeolocation ipinfodb ipquality jupiterone kanbantool karmacrm keenio kickbox klaviyo klipfolio knapsackpro
kontent kucoin kylas langfuse languagelayer larksuite leadfeeder lemlist lendflow lessannoyingcrm lexigram
linearapi linemessaging linenotify linkpreview liveagent livestorm loadmill locationiq loginradius logzio lokalise
loyverse lunchmoney madkudu magicbell mailboxlayer mailerlite mailjetbasicauth mailjetsms mailmodo mailsac
marketstack mattermost mavenlink maxmindlicense meaningcloud mediastack meistertask meraki mesibo metaapi metrilo
microsoftteams mindmeister mixmax mockaroo monkeylearn moonclerk moosend mrticktock myfreshworks myintervals
nasdaqdatalink nethunt netsuite neutrinoapi newrelicinsights newrelicpersonal newscatcher nftport ngrok nicereply
nimble nozbeteams numverify nutritionix nvapi nylas oanda octopusdeploy omnisend onedesk onepagecrm onesignal
onfleet oopspam openaiadmin opencagedata openrouter openuv overloop owlbot packagecloud pagarme pandascore
paperform paralleldots parsehub parseur partnerstack pastebin paydirtapp paymoapp paymongo pdflayer pdfshift
peopledatalabs pepipost pganalyzeread photoroom pinata pipedream pivotaltracker pixabay planetscaledb
planviewleankit planyo podio pollsapi poloniex portainer positionstack postageapp postbacks powrbot prefect prodpad
prospectcrm protocolsio proxycrawl pubnub purestake pushbullet pusherchannel qualaroo qubole railwayapp reachmail
reallysimplesystems rebrandly rechargepayments redhatpyxis rentman repairshopr replyio requestfinance
restpackhtmltopdfapi restpackscreenshotapi revampcrm ringcentral ritekit robinhoodcrypto rocketreach rootly
route4me rownd runrunit saladcloud salesblink salescookie salesflare salesforcerefresh salesmate satismeter
saucelabs scalr scrapeowl scraperapi scraperbox scrapestack scrapfly scrapingant scrapingbee screenshotapi
screenshotlayer scrutinizerci securitytrails selectpdf sendbird sentryorg serphouse serpstack sheety sherpadesk
shipday shippo shotstack shutterstock signable signalwire signaturit signupgenius sigopt simfin simplesat
simplynoted simvoly sinchmessage siteleaf skrappio skybiometry smartsheets smartystreets smooch snipcart
solarwindsobservability sourcegraph sourcegraphcody spectralops speechtextai splunkobservability spoonacular
sportsmonk squareapp sslmate statuscake statuspal stitchdata stockdata storecove stormboard stormglass storychief
strava stripepaymentintent stripo sugester supernotesapi surveyanyplace surveybot surveysparrow survicate swiftype
tailscale tallyfy tatumio taxjar teamgate teamworkcrm teamworkdesk teamworkspaces technicalanalysisapi teletype
telnyx terraformcloud testingbot textmagic theoddsapi thinkific thousandeyes tickettailor tiingo timecamp
timezoneapi tmetric todoist toggltrack tokeet tomorrowio tradier travelpayouts travisci trufflehogenterprise
twelvedata twitterconsumer tyntec typetalk ubidots uclassify unifyid unplugg upcdatabase uplead uptimerobot upwave
urlscan userflow userstack vagrantcloud vatlayer vbout verimail veriphone versioneye viewneo visualcrossing
voiceflow voicegain voodoosms vouchery vpnapi walkscore weatherbit weatherstack web3storage webexbot webscraper
webscraping websitepulse weightsandbiases wepay whoxy wistia worksnaps workstack worldcoinindex worldweather wrike
yandex youneedabudget yousign zendeskapi zenkitapi zenrows zenscrape zenserp zeplin zerobounce zerotier zipapi
zipbooks zipcodeapi zipcodebase zohocrm zonkafeedback zulipchat
`;
