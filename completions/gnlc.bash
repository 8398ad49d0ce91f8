# bash completion for gnlc and its gnlc-COMMAND programs.
# Installed as share/bash-completion/completions/gnlc (and linked for each
# gnlc-COMMAND); or source this file from ~/.bashrc.

_gnlc_commands="new check calendar quota admit members reports explain schema help"

# The ISO 3166-1 alpha-2 codes of data/countries.tsv; listed here rather than
# asked of gnlc so that completing --country starts no process
# (tests/e2e/test_completion.py checks that the list matches the table).
_gnlc_countries="AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"

# _gnlc_options COMMAND: the options of one command.
_gnlc_options() {
  local common="--help --version --color"
  case $1 in
    new) echo "$common --as-of -o --output --call --city --country --calendar --force" ;;
    check) echo "$common --format --as-of -o --output --members --calendar --strict -q --quiet -j --jobs --max-size" ;;
    calendar) echo "$common --format --as-of -o --output --on --report-rounds --calendar" ;;
    quota) echo "$common --format --bom --as-of -o --output --year --scores --cap --country --members --calendar --strict -j --jobs" ;;
    admit) echo "$common --as-of --members --date --year --scores --cap --country --calendar --skip-undecided --dry-run -j --jobs" ;;
    members) echo "$common --format --bom --as-of -o --output --call --region --country --calendar" ;;
    reports) echo "$common --format --bom --as-of -o --output --due-within --status --country --region --calendar --fail-on-overdue" ;;
    explain) echo "$common -l --list" ;;
    schema) echo "--help --version -o --output" ;;
  esac
}

_gnlc_formats() {
  case $1 in
    check) echo "text json github sarif junit" ;;
    calendar) echo "text json ics toml" ;;
    quota) echo "table csv tsv json xlsx" ;;
    members) echo "table csv tsv json markdown html xlsx" ;;
    reports) echo "table csv tsv json ics xlsx" ;;
  esac
}

# _gnlc_years: the years of the known calls, from the calendar gnlc has
# built in (or the one --calendar names on the line being completed).
_gnlc_years() {
  local i calendar=()
  for (( i = 1; i < ${#COMP_WORDS[@]} - 1; i++ )); do
    if [[ ${COMP_WORDS[i]} == --calendar ]]; then
      [[ ${COMP_WORDS[i+1]} == = ]] && (( i++ ))
      calendar=(--calendar "$(_gnlc_dequote "${COMP_WORDS[i+1]}")")
    fi
  done
  gnlc calendar "${calendar[@]}" --format json 2>/dev/null | grep -o '"year": *[0-9]*' | grep -o '[0-9]*$'
}

# _gnlc_dequote WORD: WORD as the shell will read it, its backslashes and
# quotes removed, without evaluating anything in it (COMP_WORDS holds the
# words as typed, and compgen -f does not unquote them).
_gnlc_dequote() {
  local word=$1 out="" quote="" c i
  for (( i = 0; i < ${#word}; i++ )); do
    c=${word:i:1}
    if [[ $quote == "'" ]]; then
      if [[ $c == "'" ]]; then quote=""; else out+=$c; fi
    elif [[ $c == '\' && ( -z $quote || ${word:i+1:1} == [\$\`\"\\] ) ]]; then
      (( i++ ))
      out+=${word:i:1}
    elif [[ $c == '"' ]]; then
      if [[ $quote ]]; then quote=""; else quote='"'; fi
    elif [[ $c == "'" && -z $quote ]]; then
      quote="'"
    else
      out+=$c
    fi
  done
  printf '%s' "$out"
}

# _gnlc_reply WORDS: the words that start with the word being completed.
_gnlc_reply() {
  local IFS=$' \t\n'
  mapfile -t COMPREPLY < <(compgen -P "$prefix" -W "$1" -- "$cur")
}

# _gnlc_files: file names, one reply each whatever they hold; bash quotes
# them when it inserts one (-o filenames).
_gnlc_files() {
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -P "$prefix" -f -- "$(_gnlc_dequote "$cur")")
}

# _gnlc_complete COMMAND INDEX: completes COMP_WORDS from INDEX on.
_gnlc_complete() {
  local command=$1 cur=${COMP_WORDS[COMP_CWORD]} prev="" prefix=""
  (( COMP_CWORD > $2 )) && prev=${COMP_WORDS[COMP_CWORD-1]}
  # --format=js: bash splits it into "--format" "=" "js" (= is in
  # COMP_WORDBREAKS), or leaves it whole where = has been taken out.
  if [[ $cur == = ]] && (( COMP_CWORD - 1 > $2 )); then
    cur=""
  elif [[ $prev == = ]] && (( COMP_CWORD - 2 > $2 )); then
    prev=${COMP_WORDS[COMP_CWORD-2]}
  elif [[ $cur == --*=* ]]; then
    prev=${cur%%=*} prefix=${cur%%=*}= cur=${cur#*=}
  fi
  case $prev in
    --format) _gnlc_reply "$(_gnlc_formats "$command")"; return ;;
    --color) _gnlc_reply "auto always never"; return ;;
    # A word of the region's name, which needs no quoting.
    --region) _gnlc_reply "africa arab asia europe latin"; return ;;
    --status) _gnlc_reply "overdue due-soon ok inactive all"; return ;;
    --country) _gnlc_reply "$_gnlc_countries"; return ;;
    --call|--year) _gnlc_reply "$(_gnlc_years)"; return ;;
    --as-of|--on|--date|--city|--cap|--due-within|-j|--jobs|--max-size) COMPREPLY=(); return ;;
    -o|--output|--members|--calendar|--scores) _gnlc_files; return ;;
  esac
  [[ $prefix ]] && { COMPREPLY=(); return; }
  if [[ $cur == -* ]]; then
    _gnlc_reply "$(_gnlc_options "$command")"
    return
  fi
  case $command in
    explain) _gnlc_reply "$(gnlc explain --list 2>/dev/null | cut -d' ' -f1)" ;;
    calendar) _gnlc_reply "$(_gnlc_years)" ;;
    schema|new) COMPREPLY=() ;;
    *) _gnlc_files ;;
  esac
}

_gnlc() {
  local cur=${COMP_WORDS[COMP_CWORD]} prefix=""
  if (( COMP_CWORD == 1 )); then
    _gnlc_reply "$_gnlc_commands --help --version"
    return
  fi
  local command=${COMP_WORDS[1]}
  if [[ $command == help ]]; then
    (( COMP_CWORD == 2 )) && _gnlc_reply "${_gnlc_commands% help} application registry calendar"
    return
  fi
  _gnlc_complete "$command" 1
}

_gnlc_subcommand() {
  _gnlc_complete "${COMP_WORDS[0]##*gnlc-}" 0
}

complete -F _gnlc gnlc
for _gnlc_c in new check calendar quota admit members reports explain schema; do
  complete -F _gnlc_subcommand "gnlc-$_gnlc_c"
done
unset _gnlc_c
