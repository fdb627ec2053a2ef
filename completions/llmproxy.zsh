#compdef llmproxy

__llmproxy_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__llmproxy_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __llmproxy_complete "${completions[@]:0:-1}"
    fi
}

__llmproxy_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_llmproxy() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'serve:Run the gateway.'
            'migrate:Apply pending database migrations and exit.'
            'version:Print the version.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        serve|migrate|version|help)
            "_llmproxy_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_llmproxy_serve() {
    local -i ret=1
    local -ar ___role=('admin' 'worker' 'all')
    local -ar arg_specs=(
        '--role[Which planes to serve\: admin, worker or all.]:role:{__llmproxy_complete "${___role[@]}"}'
        '--host[Address to listen on (default 0.0.0.0).]:host:'
        '--port[Port to listen on (default 4000; 0 picks a free one).]:port:'
        '--name[How this instance names itself in the fleet (default <hostname>\:<port>).]:name:'
        '--region[The region this instance runs in, such as eu-west.]:region:'
        '--public-url[How admins and the UI reach this instance, such as https\://eu.llm.example.com.]:public-url:'
        '--config[Read settings from this YAML config file (LiteLLM'\''s format).]:config:'
        '--database-url[Database URL\: sqlite\:PATH (default sqlite\:llmproxy.sqlite) or postgres\://…; overrides DATABASE_URL.]:database-url:'
        '--allow-weak-master-key[Start even with a short or well-known master key (local experiments only).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmproxy_migrate() {
    local -i ret=1
    local -ar arg_specs=(
        '--config[Read settings from this YAML config file (LiteLLM'\''s format).]:config:'
        '--database-url[Database URL\: sqlite\:PATH (default sqlite\:llmproxy.sqlite) or postgres\://…; overrides DATABASE_URL.]:database-url:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmproxy_version() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmproxy_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _llmproxy ]]; then
    _llmproxy "${@}"
else
    compdef _llmproxy llmproxy
fi
