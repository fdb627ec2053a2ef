#!/bin/bash

__llmctl_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__llmctl_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__llmctl_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__llmctl_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_llmctl() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    context|key|user|team|model|spend|chat|health|fleet|shell|help)
        # Offer subcommand argument completions
        "_llmctl_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'context key user team model spend chat health fleet shell help' -- "${cur}"))
        ;;
    esac
}

_llmctl_context() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|list|use|current|show|set|rename|remove|test|import)
        # Offer subcommand argument completions
        "_llmctl_context_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add list use current show set rename remove test import' -- "${cur}"))
        ;;
    esac
}

_llmctl_context_add() {
    repeating_flags=()
    non_repeating_flags=(--use --no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--url --api-key --api-key-env --region --note --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--url')
        return
        ;;
    '--api-key')
        return
        ;;
    '--api-key-env')
        return
        ;;
    '--region')
        return
        ;;
    '--note')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion context add -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_context_list() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion context list -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_context_use() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmctl_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion context use -- positional@0 "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_llmctl_context_current() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmctl_offer_flags_options 0
}

_llmctl_context_show() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion context show -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion context show -- positional@0 "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_llmctl_context_set() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--url --api-key --api-key-env --region --note)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--url')
        return
        ;;
    '--api-key')
        return
        ;;
    '--api-key-env')
        return
        ;;
    '--region')
        return
        ;;
    '--note')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion context set -- positional@0 "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_llmctl_context_rename() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmctl_offer_flags_options 2

    # Offer positional completions
    case "${positional_number}" in
    1)
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion context rename -- positional@0 "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_llmctl_context_remove() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmctl_offer_flags_options 1

    # Offer positional completions
    case "${positional_number}" in
    1)
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion context remove -- positional@0 "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_llmctl_context_test() {
    repeating_flags=()
    non_repeating_flags=(--all --no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion context test -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion context test -- positional@0 "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_llmctl_context_import() {
    repeating_flags=()
    non_repeating_flags=(--from-fleet --no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--api-key-env --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--api-key-env')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion context import -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_key() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    generate|list|info|update|regenerate|delete|block|unblock)
        # Offer subcommand argument completions
        "_llmctl_key_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'generate list info update regenerate delete block unblock' -- "${cur}"))
        ;;
    esac
}

_llmctl_key_generate() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=(--metadata)
    non_repeating_options=(--duration --alias --models --max-budget --budget-duration --rpm --tpm --max-parallel --user --team --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--duration')
        return
        ;;
    '--alias')
        return
        ;;
    '--models')
        return
        ;;
    '--max-budget')
        return
        ;;
    '--budget-duration')
        return
        ;;
    '--rpm')
        return
        ;;
    '--tpm')
        return
        ;;
    '--max-parallel')
        return
        ;;
    '--user')
        return
        ;;
    '--team')
        return
        ;;
    '--metadata')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion key generate -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_key_list() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--user --team --page --size --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--user')
        return
        ;;
    '--team')
        return
        ;;
    '--page')
        return
        ;;
    '--size')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion key list -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_key_info() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion key info -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_key_update() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--duration --alias --models --max-budget --budget-duration --rpm --tpm --max-parallel --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--duration')
        return
        ;;
    '--alias')
        return
        ;;
    '--models')
        return
        ;;
    '--max-budget')
        return
        ;;
    '--budget-duration')
        return
        ;;
    '--rpm')
        return
        ;;
    '--tpm')
        return
        ;;
    '--max-parallel')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion key update -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_key_regenerate() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion key regenerate -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_key_delete() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=(--alias)
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--alias')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion key delete -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_key_block() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion key block -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_key_unblock() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion key unblock -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_user() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    create|list|info|update|delete)
        # Offer subcommand argument completions
        "_llmctl_user_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'create list info update delete' -- "${cur}"))
        ;;
    esac
}

_llmctl_user_create() {
    repeating_flags=()
    non_repeating_flags=(--no-key --no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--email --role --max-budget --models --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--email')
        return
        ;;
    '--role')
        return
        ;;
    '--max-budget')
        return
        ;;
    '--models')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion user create -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_user_list() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--role --page --size --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--role')
        return
        ;;
    '--page')
        return
        ;;
    '--size')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion user list -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_user_info() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion user info -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_user_update() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--email --role --max-budget --models --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--email')
        return
        ;;
    '--role')
        return
        ;;
    '--max-budget')
        return
        ;;
    '--models')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion user update -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_user_delete() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion user delete -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_team() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    create|list|info|update|delete|add-member|remove-member)
        # Offer subcommand argument completions
        "_llmctl_team_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'create list info update delete add-member remove-member' -- "${cur}"))
        ;;
    esac
}

_llmctl_team_create() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--alias --max-budget --models --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--alias')
        return
        ;;
    '--max-budget')
        return
        ;;
    '--models')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion team create -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_team_list() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--user --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--user')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion team list -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_team_info() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion team info -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_team_update() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--alias --max-budget --models --blocked --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--alias')
        return
        ;;
    '--max-budget')
        return
        ;;
    '--models')
        return
        ;;
    '--blocked')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion team update -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_team_delete() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion team delete -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_team_add-member() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--role --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--role')
        __llmctl_add_completions -W 'admin'$'\n''user'
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion team add-member -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_team_remove-member() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion team remove-member -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_model() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|info|add|delete)
        # Offer subcommand argument completions
        "_llmctl_model_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list info add delete' -- "${cur}"))
        ;;
    esac
}

_llmctl_model_list() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion model list -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_model_info() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion model info -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion model info -- positional@0 "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_llmctl_model_add() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--upstream --api-base --api-key-env --api-version --input-cost --output-cost --rpm --tpm --id --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--upstream')
        return
        ;;
    '--api-base')
        return
        ;;
    '--api-key-env')
        return
        ;;
    '--api-version')
        return
        ;;
    '--input-cost')
        return
        ;;
    '--output-cost')
        return
        ;;
    '--rpm')
        return
        ;;
    '--tpm')
        return
        ;;
    '--id')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion model add -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_model_delete() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --wait --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion model delete -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_spend() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--key --team --user --since --limit --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--key')
        return
        ;;
    '--team')
        return
        ;;
    '--user')
        return
        ;;
    '--since')
        return
        ;;
    '--limit')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion spend -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_chat() {
    repeating_flags=()
    non_repeating_flags=(--stream --no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--model --system --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--model')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion chat -- --model "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--system')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion chat -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_health() {
    repeating_flags=()
    non_repeating_flags=(--all-contexts --models --no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--model --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--model')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion health -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_fleet() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    status|wait)
        # Offer subcommand argument completions
        "_llmctl_fleet_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'status wait' -- "${cur}"))
        ;;
    esac
}

_llmctl_fleet_status() {
    repeating_flags=()
    non_repeating_flags=(--probe --all --no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion fleet status -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_fleet_wait() {
    repeating_flags=()
    non_repeating_flags=(--no-headers --insecure --verbose --version -h --help)
    repeating_options=()
    non_repeating_options=(--revision --output -o --context --timeout --cacert)
    __llmctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--revision')
        return
        ;;
    '--output'|'-o')
        __llmctl_add_completions -W 'table'$'\n''json'$'\n''yaml'$'\n''name'
        return
        ;;
    '--context')
        __llmctl_add_completions -W "$(__llmctl_custom_complete ---completion fleet wait -- --context "${COMP_CWORD}" "$(__llmctl_cursor_index_in_current_word)")"
        return
        ;;
    '--timeout')
        return
        ;;
    '--cacert')
        __llmctl_add_completions -f
        return
        ;;
    esac
}

_llmctl_shell() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __llmctl_offer_flags_options 0
}

_llmctl_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __llmctl_offer_flags_options -1
}

complete -o filenames -F _llmctl llmctl
