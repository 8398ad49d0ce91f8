# fish completion for gnlc.
set -l commands new check calendar quota admit members reports explain schema help
# The ISO 3166-1 alpha-2 codes of data/countries.tsv; listed here rather than
# asked of gnlc so that completing --country starts no process
# (tests/e2e/test_completion.py checks that the list matches the table).
set -l countries AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW

# The years of the known calls, from the calendar gnlc has built in (or the
# one --calendar names on the command line).
function __gnlc_years
    set -l calendar
    set -l words (commandline -opc)
    for i in (seq (count $words))
        if test "$words[$i]" = --calendar; and test $i -lt (count $words)
            set calendar --calendar $words[(math $i + 1)]
        else if string match -q -- '--calendar=*' $words[$i]
            set calendar --calendar (string replace -- --calendar= '' $words[$i])
        end
    end
    gnlc calendar $calendar --format json 2>/dev/null | string match -r -g '"year": *([0-9]+)'
end

complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a new -d 'print an application template'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a check -d 'validate application files'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a calendar -d 'show the calls for applications'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a quota -d 'decide admissions per country'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a admit -d 'record admissions in the registry'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a members -d 'count the network by region'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a reports -d 'find overdue progress reports'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a explain -d 'explain a rule'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a schema -d 'print the JSON Schema'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a help -d 'open a manual page'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -l help -d 'print usage'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -l version -d 'print the version'
complete -c gnlc -f -n "__fish_seen_subcommand_from help" -a "new check calendar quota admit members reports explain schema application registry"

complete -c gnlc -n "__fish_seen_subcommand_from new check calendar quota admit members reports explain schema" -s h -l help -d 'print usage'
complete -c gnlc -n "__fish_seen_subcommand_from new check calendar quota admit members reports explain schema" -l version -d 'print the version'
for c in new check calendar quota admit members reports explain
    complete -c gnlc -n "__fish_seen_subcommand_from $c" -l color -x -a 'auto always never' -d colour
end
for c in new check calendar quota members reports
    complete -c gnlc -n "__fish_seen_subcommand_from $c" -l as-of -x -d 'judge as of this day (YYYY-MM-DD)'
    complete -c gnlc -n "__fish_seen_subcommand_from $c" -s o -l output -r -d 'write the result to FILE atomically'
end
complete -c gnlc -n "__fish_seen_subcommand_from check" -l format -x -a 'text json github sarif junit'
complete -c gnlc -n "__fish_seen_subcommand_from calendar" -l format -x -a 'text json ics toml'
complete -c gnlc -n "__fish_seen_subcommand_from quota" -l format -x -a 'table csv tsv json xlsx'
complete -c gnlc -n "__fish_seen_subcommand_from members" -l format -x -a 'table csv tsv json markdown html xlsx'
complete -c gnlc -n "__fish_seen_subcommand_from reports" -l format -x -a 'table csv tsv json ics xlsx'
complete -c gnlc -n "__fish_seen_subcommand_from quota members reports" -l bom -d 'start csv/tsv with a UTF-8 byte order mark, for Excel'
complete -c gnlc -n "__fish_seen_subcommand_from check quota admit" -l members -r -d 'members registry'
complete -c gnlc -n "__fish_seen_subcommand_from check quota calendar new members admit reports" -l calendar -r -d 'call calendar file'
complete -c gnlc -n "__fish_seen_subcommand_from check quota" -l strict -d 'stricter exit status'
complete -c gnlc -n "__fish_seen_subcommand_from check quota" -s j -l jobs -x -d 'files in parallel'
complete -c gnlc -n "__fish_seen_subcommand_from check" -s q -l quiet -d 'only problems'
complete -c gnlc -n "__fish_seen_subcommand_from check" -l max-size -x -d 'largest file read, in bytes'
complete -c gnlc -n "__fish_seen_subcommand_from calendar" -f -a '(__gnlc_years)' -d 'call year'
complete -c gnlc -n "__fish_seen_subcommand_from calendar" -l on -x -d 'phase on this day'
complete -c gnlc -n "__fish_seen_subcommand_from calendar" -l report-rounds -d 'only the report rounds'
complete -c gnlc -n "__fish_seen_subcommand_from quota" -l year -x -a '(__gnlc_years)' -d 'the call'
complete -c gnlc -n "__fish_seen_subcommand_from quota" -l scores -r -d 'jury scores CSV'
complete -c gnlc -n "__fish_seen_subcommand_from quota" -l cap -x -d 'new members per country'
complete -c gnlc -n "__fish_seen_subcommand_from quota" -l country -x -a "$countries" -d 'only this country'
complete -c gnlc -n "__fish_seen_subcommand_from reports" -l due-within -x -d 'days that count as due soon'
complete -c gnlc -n "__fish_seen_subcommand_from reports" -l status -x -a 'overdue due-soon ok inactive all'
complete -c gnlc -n "__fish_seen_subcommand_from reports" -l country -x -a "$countries" -d 'only this country'
complete -c gnlc -n "__fish_seen_subcommand_from reports" -l region -x -a 'africa arab asia europe latin' -d 'only this UNESCO region'
complete -c gnlc -n "__fish_seen_subcommand_from reports" -l fail-on-overdue -d 'exit 1 when a report is overdue'
complete -c gnlc -n "__fish_seen_subcommand_from explain" -f -a '(gnlc explain --list 2>/dev/null | string split -f1 " ")'
complete -c gnlc -n "__fish_seen_subcommand_from explain" -s l -l list -d 'list every rule'
complete -c gnlc -n "__fish_seen_subcommand_from schema" -s o -l output -r -d 'write to FILE'
complete -c gnlc -n "__fish_seen_subcommand_from new" -l call -x -a '(__gnlc_years)' -d 'the call'
complete -c gnlc -n "__fish_seen_subcommand_from new" -l city -x -d 'the city name'
complete -c gnlc -n "__fish_seen_subcommand_from new" -l country -x -a "$countries" -d 'the country'
complete -c gnlc -n "__fish_seen_subcommand_from new" -l force -d 'replace an existing FILE'
complete -c gnlc -n "__fish_seen_subcommand_from members" -l call -x -a '(__gnlc_years)' -d 'the intake of this call'
complete -c gnlc -n "__fish_seen_subcommand_from members" -l region -x -a 'africa arab asia europe latin' -d 'only this UNESCO region'
complete -c gnlc -n "__fish_seen_subcommand_from members" -l country -x -a "$countries" -d 'only this country'
complete -c gnlc -n "__fish_seen_subcommand_from admit" -l as-of -x -d 'judge as of this day (YYYY-MM-DD)'
complete -c gnlc -n "__fish_seen_subcommand_from admit" -l date -x -d 'day of the admission (YYYY-MM-DD)'
complete -c gnlc -n "__fish_seen_subcommand_from admit" -l year -x -a '(__gnlc_years)' -d 'the call'
complete -c gnlc -n "__fish_seen_subcommand_from admit" -l scores -r -d 'jury scores CSV'
complete -c gnlc -n "__fish_seen_subcommand_from admit" -l cap -x -d 'new members per country'
complete -c gnlc -n "__fish_seen_subcommand_from admit" -l country -x -a "$countries" -d 'only this country'
complete -c gnlc -n "__fish_seen_subcommand_from admit" -l skip-undecided -d 'admit the decided countries only'
complete -c gnlc -n "__fish_seen_subcommand_from admit" -l dry-run -d 'print what would be added'
complete -c gnlc -n "__fish_seen_subcommand_from admit" -s j -l jobs -x -d 'files in parallel'
