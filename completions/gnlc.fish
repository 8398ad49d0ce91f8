# fish completion for gnlc.
set -l commands new check calendar quota members reports explain schema help

complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a new -d 'print an application template'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a check -d 'validate application files'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a calendar -d 'show the calls for applications'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a quota -d 'decide admissions per country'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a members -d 'count the network by region'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a reports -d 'find overdue progress reports'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a explain -d 'explain a rule'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a schema -d 'print the JSON Schema'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -a help -d 'open a manual page'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -l help -d 'print usage'
complete -c gnlc -f -n "not __fish_seen_subcommand_from $commands" -l version -d 'print the version'
complete -c gnlc -f -n "__fish_seen_subcommand_from help" -a "new check calendar quota members reports explain schema application registry"

for c in new check calendar quota members reports explain
    complete -c gnlc -n "__fish_seen_subcommand_from $c" -l color -x -a 'auto always never' -d colour
end
for c in new check calendar quota members reports
    complete -c gnlc -n "__fish_seen_subcommand_from $c" -l as-of -x -d 'judge as of this day (YYYY-MM-DD)'
    complete -c gnlc -n "__fish_seen_subcommand_from $c" -s o -l output -r -d 'write the result to FILE atomically'
end
complete -c gnlc -n "__fish_seen_subcommand_from check" -l format -x -a 'text json github sarif junit'
complete -c gnlc -n "__fish_seen_subcommand_from calendar" -l format -x -a 'text json ics toml'
complete -c gnlc -n "__fish_seen_subcommand_from quota" -l format -x -a 'table csv tsv json'
complete -c gnlc -n "__fish_seen_subcommand_from members" -l format -x -a 'table csv tsv json markdown html'
complete -c gnlc -n "__fish_seen_subcommand_from reports" -l format -x -a 'table csv tsv json ics'
complete -c gnlc -n "__fish_seen_subcommand_from check quota" -l members -r -d 'members registry'
complete -c gnlc -n "__fish_seen_subcommand_from check quota calendar new members" -l calendar -r -d 'call calendar file'
complete -c gnlc -n "__fish_seen_subcommand_from check quota" -l strict -d 'stricter exit status'
complete -c gnlc -n "__fish_seen_subcommand_from check quota" -s j -l jobs -x -d 'files in parallel'
complete -c gnlc -n "__fish_seen_subcommand_from check" -s q -l quiet -d 'only problems'
complete -c gnlc -n "__fish_seen_subcommand_from check" -l max-size -x -d 'largest file read, in bytes'
complete -c gnlc -n "__fish_seen_subcommand_from calendar" -l on -x -d 'phase on this day'
complete -c gnlc -n "__fish_seen_subcommand_from quota" -l year -x -d 'the call'
complete -c gnlc -n "__fish_seen_subcommand_from quota" -l scores -r -d 'jury scores CSV'
complete -c gnlc -n "__fish_seen_subcommand_from quota" -l cap -x -d 'new members per country'
complete -c gnlc -n "__fish_seen_subcommand_from quota" -l country -x -d 'only this country'
complete -c gnlc -n "__fish_seen_subcommand_from reports" -l due-within -x -d 'days that count as due soon'
complete -c gnlc -n "__fish_seen_subcommand_from reports" -l status -x -a 'overdue due-soon ok inactive all'
complete -c gnlc -n "__fish_seen_subcommand_from reports" -l fail-on-overdue -d 'exit 1 when a report is overdue'
complete -c gnlc -n "__fish_seen_subcommand_from explain" -f -a '(gnlc explain --list 2>/dev/null | string split -f1 " ")'
complete -c gnlc -n "__fish_seen_subcommand_from explain" -s l -l list -d 'list every rule'
complete -c gnlc -n "__fish_seen_subcommand_from schema" -s o -l output -r -d 'write to FILE'
complete -c gnlc -n "__fish_seen_subcommand_from new" -l call -x -d 'the call'
complete -c gnlc -n "__fish_seen_subcommand_from new" -l city -x -d 'the city name'
complete -c gnlc -n "__fish_seen_subcommand_from new" -l country -x -d 'the country'
complete -c gnlc -n "__fish_seen_subcommand_from new" -l force -d 'replace an existing FILE'
complete -c gnlc -n "__fish_seen_subcommand_from members" -l call -x -d 'the intake of this call'
complete -c gnlc -n "__fish_seen_subcommand_from members" -l region -x -a 'africa arab asia europe latin' -d 'only this UNESCO region'
complete -c gnlc -n "__fish_seen_subcommand_from members" -l country -x -d 'only this country'
