"""Groups of words a précis may use for one another: general editorial and précis vocabulary."""

# One group a line: words (any inflection; they are stemmed) that a précis may use
# for one another. Groups are not transitive: "view" may stand for "see" and for
# "perspective", but "see" does not stand for "perspective".
GROUPS = """
put_off postpone postponed delay delayed defer deferred
look_into investigate investigation examine probe inquire
turn_down reject refuse decline
set_up establish establishment found create form
carry_out perform conduct execute implement
give_up abandon quit surrender renounce
cut_down cut_back reduce reduction curtail lessen trim
bring_about cause produce generate
call_off cancel abandon scrap
find_out discover learn uncover
point_out note observe remark
take_over seize acquire annex control
break_down collapse fail failure
go_up rise increase climb
go_down fall decrease drop decline
put_up_with tolerate endure bear
look_after care tend nurse
keep_on continue persist
keep_at stick_at carry_on persevere persist steadily steady diligently
shepherd herdsman herder sheep flock
rival competitor opponent contender challenger
beginning outset start onset first
hold_back restrain withhold
pass_away die death
rule_out exclude dismiss
write_off dismiss disregard discount
take_up adopt begin start
wipe_out destroy eliminate eradicate
phase_out end withdraw discontinue
step_down resign
back_down retreat yield concede
ailing deteriorating deteriorate weak weakened weakening declining decline struggling troubled sick faltering fragile
economy economic economies economical finances financial fiscal
blessing boon benefit advantage godsend gift fortune
disguise disguised hidden concealed unexpected unforeseen unseen veiled
prism lens perspective outlook view viewpoint standpoint angle eye
see view look regard perceive consider observe
outside external foreign outer international
world international global globe worldwide
cemented cement strengthened strengthen solidified solidify deepened deepen consolidated consolidate reinforced reinforce fortified bolstered
cooperation cooperate cooperative collaboration collaborate collaborative partnership joint teamwork
endorsed endorse endorsement backed back supported support approved approve championed
candidature candidacy bid application nomination
succor succour relief help aid rescue rescued saved save lifeline support assistance assist
unanimity consensus agreement accord harmony unity unanimous agree concord
unanimity unanimous consensus concurrence similar
partnership alliance ally allied partner coalition pact
bilateralism bilateral ties relations relationship friendship
cornerstone foundation basis bedrock pillar backbone keystone base
strategic strategy
quest pursuit search drive aspiration
share common shared mutual joint
regional region neighbourhood area
amalgamation integration connectivity union unity merger cohesion
collaborative cooperative joint shared
future tomorrow ahead prospects
largesse generosity munificence bounty kindness
adversities adversity hardship difficulty difficulties crisis trouble distress misfortune
institutionalised formalised formalized established embedded entrenched enshrined
map stage
developing emerging growing
reiteration reiterate reiterated repeat repeated restated restate reaffirmed reaffirm reaffirmation affirmed emphasised stressed
launch start begin commence initiate inaugurate introduce roll
industrialisation industrialization industry industrial industries manufacturing
buoying buoy boost boosting enhance improve lift bolster
connectivity connection connections links linkage infrastructure
flourishing flourish thrive thriving prosper prosperity prosperous growth boom
defence defense military security armed
technological technology technical tech innovation
political politics politician politicians leadership leaders government
neighbours neighbors neighbour neighbor neighbouring neighboring
time eventualities circumstances times
tested test trial challenge
eagerness eager keen willingness willing desire wish readiness
important significant crucial vital essential key critical major central
increase rise grow growth surge expand expansion climb escalate soar
decrease fall drop reduce reduction decline shrink cut lower diminish dwindle
problem issue challenge difficulty concern trouble
cause lead result produce trigger create generate bring
effect impact consequence result outcome influence
because due owing reason cause causes
show demonstrate reveal indicate prove suggest illustrate display evidence evident manifest manifested
clear evident obvious apparent plain
big large huge vast massive enormous substantial considerable great
small little minor tiny slight modest
rapid quick fast swift speedy
slow gradual sluggish
begin start commence initiate launch
end finish conclude terminate stop cease
need require necessity requirement demand
use utilise utilize employ apply usage exploit
help aid assist support assistance
danger threat risk peril hazard menace jeopardy
safe secure protected safety security
protect safeguard defend shield preserve conserve guard
destroy ruin devastate wreck damage harm
poor poverty impoverished needy deprived destitute
rich wealthy affluent prosperous wealth affluence riches
people public citizens population populace masses society
country nation state countries nations states
government state administration authorities regime rulers
leader head chief ruler
policy policies strategy plan measures approach
law legislation rule regulation statute act
right entitlement freedom liberty
war conflict fighting hostilities warfare battle
peace harmony calm tranquillity stability
stable steady secure balanced
change shift transformation transform alter modify reform
improve better enhance upgrade advance progress development develop
progress advancement development advance headway
educate education teaching schooling learning instruction
knowledge understanding awareness information
teacher educator instructor
student pupil learner
health healthcare medical wellbeing
disease illness sickness ailment infection epidemic pandemic
environment nature ecology ecosystem surroundings
pollution contamination emissions smog waste
climate weather
warming heating
energy power electricity fuel
water rivers rain
food nutrition diet
farmer farming agriculture agricultural crops
city urban town metropolis
village rural countryside
job employment work occupation jobs employed
unemployment joblessness unemployed jobless
money funds funding capital finance cash investment
invest investment investor investing
trade commerce business exchange
market marketplace markets
company firm business enterprise corporation
price cost expense rate
expensive costly dear pricey cost_more
cheap inexpensive affordable cost_less
tax taxation levy duty tariff
debt borrowing loan loans liabilities
corruption bribery graft fraud
crime criminal offence violence
justice fairness equity
equal equality parity fair
unequal inequality disparity gap imbalance
society community public social
culture tradition heritage customs
religion faith belief religious
family household relatives
child children youth young minors kids
woman women female girls
man men male
old elderly aged ageing aging
technology machines computers digital internet automation
media press newspapers journalism news television
freedom liberty independence autonomy
democracy democratic
power authority control influence dominance might
strong powerful robust mighty sturdy formidable
weak feeble frail fragile vulnerable
fail failure collapse breakdown
succeed success achievement accomplish achieve triumph
goal aim objective target purpose
plan scheme project programme program initiative proposal
project scheme venture undertaking initiative corridor
idea notion concept thought
belief conviction opinion view
argue claim contend assert maintain insist
say state declare announce assert remark note
agree accept concur consent
reject refuse deny dismiss decline oppose
criticise criticize condemn denounce censure
praise commend applaud laud
ignore neglect overlook disregard
careful cautious prudent wary
honest truthful sincere candid
dishonest deceitful corrupt
difficult hard tough arduous challenging
easy simple effortless straightforward
possible feasible viable achievable
impossible unfeasible unattainable
necessary essential needed required indispensable vital
enough sufficient adequate ample
lack shortage scarcity dearth absence deficit want
many numerous several multiple countless
often frequently regularly repeatedly
always constantly continually perpetually invariably constant
rarely seldom infrequently
recent new latest modern contemporary
old ancient traditional age-old outdated
ancient antique archaic primeval
future coming forthcoming upcoming prospective
past history former previous earlier
continue persist remain last endure sustain
lasting durable enduring permanent abiding long-standing
temporary brief short-lived transient
increase boost raise heighten amplify
allow permit enable let empower
prevent stop avert hinder hamper obstruct impede block curb
encourage promote foster nurture stimulate spur
limit restrict restrain constrain confine curb
connect link join unite tie bind
separate divide split isolate
depend rely hinge
dependent reliant
independent autonomous self-reliant sovereign
responsible accountable answerable liable
duty obligation responsibility
role function part
opportunity chance prospect opening
benefit gain advantage profit
loss deficit damage setback
cost price toll
result outcome consequence upshot
therefore consequently accordingly
major main chief principal primary leading
minor secondary lesser subsidiary
believe think feel hold consider reckon
hope aspire wish expect
fear fears dread worry anxiety concern apprehension frightening frighten afraid scared
anger angry rage fury outrage outraged resentment
happy glad joyful content pleased
sad unhappy sorrowful miserable
accept embrace welcome adopt
refuse decline reject spurn
improve ameliorate better
worsen deteriorate degrade decline aggravate exacerbate
solve resolve settle fix address tackle
crisis emergency predicament catastrophe disaster calamity
threat menace danger
attack assault strike raid offensive
army military troops forces
weapon arms armament weaponry
nuclear atomic
border frontier boundary
region area zone territory
international global worldwide transnational
alliance coalition bloc league union axis
militaristic militarist military martial warlike
era age period epoch time
amid amidst during among
membership member membership seat
visit trip tour
interaction interactions engagement contact dialogue talks exchanges meeting meetings
high-profile prominent important senior
slow slowed slowing delay delayed retard curb contain
stop stopped halt halted abolish abolished eliminate ended
dose doses course courses prescription prescriptions
worse worsen worsens aggravate accelerate speeds
partnership friendship ties relationship relations bond alliance
serious grave severe major bigger greater
inside internal domestic home within interior
attract join draw participate come
broad wide widespread general shared
home household households family families house homes domestic
state official government public governmental authorities
ignore miss overlook neglect disregard bypass
fail failure unable cannot inability
directly straight direct immediately
energetic active vigorous dynamic enterprising driven ambitious talented
workers labour labor workforce employees people citizens
employ employment jobs job work hire occupation
weaken weakens weakened falter falters struggle struggles slump downturn recession slowdown
rise rises increase increases grow grows climb surge
experience example examples record precedent
gap problem shortfall deficit
close closed fix fixed solve solved bridge overcome remedy
prove proves show shows demonstrate evidence
short-lived brief temporary ended sustained
underfunded underfunding underresourced money funds funding resources
identical same exact uniform
cheap cheaply inexpensive affordable
compare comparison check verify cross-check
correct correction fix rectify amend
advanced advance progress forward moved developed
vernacular local native regional everyday
replace replaced substitute supplant displace took
standardise standardised standardize uniform fixed consistent
weakened undermined eroded diminished shaken lost
crowded packed overcrowded congested cramped
sanitation hygiene sewage dirty clean unsanitary
strains germs bacteria microbes pathogens bugs
surgery operations operation surgical
cancer chemotherapy tumour tumor oncology
transplantation transplant transplants organ
unnecessary needless unneeded excessive misuse overuse careless
speed speeds accelerate accelerates hasten quicken spur hasten
abolish abolished eliminate eliminated eradicate eradicated end removed defeated
duty obligation obligatory required must responsibility
permissible allowed permitted acceptable
whistleblowers whistleblower informants speak speaking disclose disclosure expose
often frequently commonly usually routinely regularly
unconditional absolute unlimited limitless total
limits limit limited conditional bounds boundaries
price cost toll penalty sacrifice
careers career jobs profession livelihood
friends friendships friendship
pledge pledged promise promised commit committed vow agreed
closer deeper stronger tighter increase enhanced
exercises drills manoeuvres maneuvers
training instruction education drills
genuine real true authentic actual
private commercial business
attract draw lure bring
zones areas districts enclaves
factories plants manufacturing mills
exports exporting exporters sales
infrastructure roads railways ports networks
momentum impetus push boost energy
talks dialogue negotiation negotiations discussion
disputes quarrels conflicts disagreements differences
pressure coercion interference force
outside external foreign outer
congestion traffic jams gridlock crowded
pollution polluted dirty smog fumes
green parks parkland gardens trees open
space spaces areas land
hurt harm damage injure affect
moderation moderate moderating censorship policing filtering
judges judge arbiters arbiter referees decide
speech expression opinion views
unelected unaccountable appointed
critics dissent dissenters opponents opposition critical
silence silencing suppress muzzle gag censor
regulation regulate rules laws law legislation
remedies remedy solutions measures cures fixes
grants grant funding awards
breakthroughs breakthrough discovery discoveries advance
inquiries inquiry lines research studies investigations
alive open going active continuing
rare occasional infrequent unusual
reward rewards returns payoff benefits gains
uncertain unpredictable unsure doubtful risky
groundwater wells aquifers underground
pumped pumping extracted drained drawn
replenished replenish refill refilled recharge recharged restored
tables levels
falling fall sinking dropping declining
discourage discourages deter deters disincentive
irrigation irrigate canals watering
mismanagement mismanaged waste misuse inefficiency
threat danger risk problem challenge
bigger greater larger main chief biggest
inefficient wasteful unproductive
yield produce output harvest productive productivity
diversity variety varieties range
preserve conserve maintain keep retain protect reserve
doubtful questionable mistaken wrong false untrue myth
world global worldwide earth
share portion proportion fraction part
third one-third
hungry hunger starving malnourished food-insecure
farms farmers farming farm smallholders growers
credit loans finance borrowing
inputs seed seeds fertiliser fertilizer
information knowledge data advice
markets buyers market customers
counter-cyclical countercyclical cushion buffer shock-absorber
foreign-exchange currency dollars reserves
channel steer direct directed divert guide
savings saving save
enterprise business businesses ventures investment productive
discouraged curbed stopped restricted prevented
choice choose option voluntary free
necessity compelled forced obliged need
consumption spending spend spent consumer
property land real-estate housing houses
inflate inflates raise raises push inflation
rupee currency exchange-rate
competitive competitiveness compete
lifeline support mainstay afloat rescue
unlikely surprising unexpected
wages earnings income pay salaries
pay paid spend spent
abroad overseas foreign migrants emigrants expatriates diaspora
enrolment enrollment enrolled admission attendance
learn learning education schooling taught
quality standard standards
pupils students children learners
read reading literacy literate
equipped facilities resources
far distant remote away
girls daughters female
value prize regard worth
labour work working toil
benefits rewards payoff returns advantages
constitution constitutional
obliges requires compels mandates
free costless
compulsory mandatory obligatory required
spending budget expenditure outlay
resistance resistant resist immune
infections infection disease diseases
deadly lethal fatal killer
treatable curable cured treat treated
depend depends reliant rely relies hinges
deaths dead killed fatalities mortality
livestock animals cattle farm-animals
pipeline supply stream
drugs medicines antibiotics treatments
companies firms industry pharmaceutical drugmakers
profit profitable lucrative commercial
reserve reserved sparingly held kept
bankrupt bankruptcy collapse failed insolvent
printing press presses printers print
copies copy books volumes texts
scholars scholar scientists academics researchers learned
science scientific research
religious religion church faith
authority authorities control power
contain control suppress restrain
languages language tongues vernaculars
latin classical
government governments rulers state
spread spreading disseminate circulate diffuse
superstition prophecies almanacs falsehoods lies
hatred hate prejudice bigotry
censor censoring censorship ban banned license
glaciers glacier glacial ice icefields
melting melt thaw thawing
lakes lake reservoirs
burst bursting outburst overflow flood floods
downstream below
settlements villages towns communities
emissions greenhouse carbon pollution
unjust unfair inequitable injustice
adaptation adapt adapting resilience
fund funds funding finance money
pledges pledge promises commitments
short shortfall insufficient inadequate lacking
vulnerable exposed susceptible at-risk fragile
automation machines robots computers mechanisation
obsolete redundant unnecessary outdated
premature mistaken wrong unfounded early
judgement judgment reasoning discernment
routine repetitive mundane
exposed vulnerable affected susceptible
inequality unequal disparity gap divide
widen widening grow increase deepen
owners capital shareholders investors
retraining training reskilling education
insurance protection safety-net
taxation tax taxes
choices decisions policies
disruption upheaval turmoil dislocation
cities city urban towns metropolitan
rural countryside villages
migration migrants migrate moving move
services amenities facilities
productive productivity efficient output
slums shantytowns informal squatter
housing homes shelter accommodation
planning plan planners zoning
transport transit buses trains commuting
misinformation disinformation falsehood falsehoods lies fake false rumours
platforms companies networks social-media
advertising ads adverts advertisers revenue
attention engagement time clicks
outrage anger fury emotional
algorithms algorithm ranking feeds
trust confidence faith credibility
journalism reporting journalists newspapers press news
literacy education awareness skills
transparency openness disclosure accountability
democracy democratic elections voters
basic fundamental pure curiosity-driven
applied practical commercial
rest rested resting idleness idle leisure repose respite relaxation relax pause
artisans artisan craftsmen craftsman craftspeople
control grip hold
debate disputes dispute controversy argument
capture reap seize win
silence censor censorship suppress gag muzzle
evidence proof
disclosure disclose disclosing reveal revealing
strong solid firm robust sound
justified justify warranted legitimate acceptable accept
deepen expand broaden extend
entertainment pastime amusement diversion recreation
mere just only simple
legal court judicial
costs fees expenses charges
nearly almost
""".strip()
