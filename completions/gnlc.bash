# bash completion for gnlc and its gnlc-COMMAND programs.
# Installed as share/bash-completion/completions/gnlc (and linked for each
# gnlc-COMMAND); or source this file from ~/.bashrc.

_gnlc_commands="new check calendar quota admit members reports explain schema help"

# _gnlc_options COMMAND: the options of one command.
_gnlc_options() {
  local common="--help --version --color"
  case $1 in
    new) echo "$common --as-of -o --output --call --city --country --calendar --force" ;;
    check) echo "$common --format --as-of -o --output --members --calendar --strict -q --quiet -j --jobs --max-size" ;;
    calendar) echo "$common --format --as-of -o --output --on --calendar" ;;
    quota) echo "$common --format --as-of -o --output --year --scores --cap --country --members --calendar --strict -j --jobs" ;;
    admit) echo "$common --as-of --members --date --year --scores --cap --country --calendar --skip-undecided --dry-run -j --jobs" ;;
    members) echo "$common --format --as-of -o --output --call --region --country --calendar" ;;
    reports) echo "$common --format --as-of -o --output --due-within --status --fail-on-overdue" ;;
    explain) echo "$common -l --list" ;;
    schema) echo "--help --version -o --output" ;;
  esac
}

_gnlc_formats() {
  case $1 in
    check) echo "text json github sarif junit" ;;
    calendar) echo "text json ics toml" ;;
    quota) echo "table csv tsv json" ;;
    members) echo "table csv tsv json markdown html" ;;
    reports) echo "table csv tsv json ics" ;;
  esac
}

# _gnlc_complete COMMAND INDEX: completes COMP_WORDS from INDEX on.
_gnlc_complete() {
  local command=$1 cur=${COMP_WORDS[COMP_CWORD]} prev=""
  (( COMP_CWORD > $2 )) && prev=${COMP_WORDS[COMP_CWORD-1]}
  case $prev in
    --format) COMPREPLY=($(compgen -W "$(_gnlc_formats "$command")" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --region) COMPREPLY=($(compgen -W "africa arab asia europe latin" -- "$cur")); return ;;
    --status) COMPREPLY=($(compgen -W "overdue due-soon ok inactive all" -- "$cur")); return ;;
    --as-of|--on|--date|--year|--call|--city|--cap|--country|--due-within|-j|--jobs|--max-size) COMPREPLY=(); return ;;
    -o|--output|--members|--calendar|--scores) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(_gnlc_options "$command")" -- "$cur"))
    return
  fi
  case $command in
    explain)
      local rules
      rules=$(gnlc explain --list 2>/dev/null | cut -d' ' -f1)
      COMPREPLY=($(compgen -W "$rules" -- "$cur")) ;;
    schema|new) COMPREPLY=() ;;
    calendar) COMPREPLY=() ;;
    *) COMPREPLY=($(compgen -f -- "$cur")) ;;
  esac
}

_gnlc() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  if (( COMP_CWORD == 1 )); then
    COMPREPLY=($(compgen -W "$_gnlc_commands --help --version" -- "$cur"))
    return
  fi
  local command=${COMP_WORDS[1]}
  if [[ $command == help ]]; then
    (( COMP_CWORD == 2 )) && COMPREPLY=($(compgen -W "${_gnlc_commands% help} application registry calendar" -- "$cur"))
    return
  fi
  _gnlc_complete "$command" 1
}

_gnlc_subcommand() {
  _gnlc_complete "${COMP_WORDS[0]#*gnlc-}" 0
}

complete -o filenames -F _gnlc gnlc
for _gnlc_c in new check calendar quota admit members reports explain schema; do
  complete -o filenames -F _gnlc_subcommand "gnlc-$_gnlc_c"
done
unset _gnlc_c
