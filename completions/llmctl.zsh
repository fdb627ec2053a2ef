#compdef llmctl

__llmctl_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__llmctl_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __llmctl_complete "${completions[@]:0:-1}"
    fi
}

__llmctl_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_llmctl() {
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
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'context:Manage named connections to proxies.'
            'key:Manage virtual keys.'
            'user:Manage users.'
            'team:Manage teams and their members.'
            'model:List, add and delete the models a proxy serves and the deployments behind them.'
            'spend:Show spend-log rows and their total.'
            'chat:Send one chat message and print the answer.'
            'health:Show a proxy'\''s readiness: status, database, version, role.'
            'fleet:See the instances that share this proxy'\''s database and wait for them to converge.'
            'shell:Open the llmctl prompt (also what '\''llmctl'\'' alone does).'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        context|key|user|team|model|spend|chat|health|fleet|shell|help)
            "_llmctl_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_llmctl_context() {
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
            'add:Add a context.'
            'list:List contexts; * marks the current one.'
            'use:Switch the current context.'
            'current:Print the current context'\''s name.'
            'show:Show one context, its credential masked.'
            'set:Change a context'\''s URL, credential, region or note.'
            'rename:Rename a context.'
            'remove:Remove a context.'
            'test:Check a context: readiness, version, role, database, and one authenticated call.'
            'import:Add a context for each live instance of the current context'\''s fleet.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        add|list|use|current|show|set|rename|remove|test|import)
            "_llmctl_context_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_llmctl_context_add() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':name:'
        '--url[The proxy'\''s base URL, like https\://llm.example.com.]:url:'
        '--api-key[The key to store.]:api-key:'
        '--api-key-env[Read the key from this environment variable instead of storing it.]:api-key-env:'
        '--region[A region label.]:region:'
        '--note[A note.]:note:'
        '--use[Make it the current context.]'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion context add -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_context_list() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion context list -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_context_use() {
    local -i ret=1
    local -ar arg_specs=(
        ':name:{__llmctl_custom_complete ---completion context use -- positional@0 "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_context_current() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_context_show() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':name:{__llmctl_custom_complete ---completion context show -- positional@0 "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion context show -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_context_set() {
    local -i ret=1
    local -ar arg_specs=(
        ':name:{__llmctl_custom_complete ---completion context set -- positional@0 "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--url[A new base URL.]:url:'
        '--api-key[A new stored key (replaces --api-key-env).]:api-key:'
        '--api-key-env[Read the key from this environment variable (replaces a stored key).]:api-key-env:'
        '--region[A new region label.]:region:'
        '--note[A new note.]:note:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_context_rename() {
    local -i ret=1
    local -ar arg_specs=(
        ':old:{__llmctl_custom_complete ---completion context rename -- positional@0 "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        ':new:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_context_remove() {
    local -i ret=1
    local -ar arg_specs=(
        ':name:{__llmctl_custom_complete ---completion context remove -- positional@0 "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_context_test() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':name:{__llmctl_custom_complete ---completion context test -- positional@0 "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--all[Test every context at once.]'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion context test -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_context_import() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '--from-fleet[Read the instances from the current context'\''s /fleet/status.]'
        '--api-key-env[Have the new contexts read their key from this environment variable.]:api-key-env:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion context import -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_key() {
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
            'generate:Create a virtual key and print it once.'
            'list:List keys (never their secrets).'
            'info:Show one key.'
            'update:Change a key'\''s alias, models, budget or limits.'
            'regenerate:Give a key a new secret, keeping its settings and spend; the old secret stops working.'
            'delete:Delete keys by value or alias; all or none.'
            'block:Block a key: it stops working at once.'
            'unblock:Unblock a key.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        generate|list|info|update|regenerate|delete|block|unblock)
            "_llmctl_key_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_llmctl_key_generate() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '--duration[Lifetime from now, like 30d, 12h, 15m.]:duration:'
        '--alias[A unique alias.]:alias:'
        '--models[Models the key may call, comma-separated.]:models:'
        '--max-budget[Budget in USD.]:max-budget:'
        '--budget-duration[Budget period, like 30d.]:budget-duration:'
        '--rpm[Requests per minute.]:rpm:'
        '--tpm[Tokens per minute.]:tpm:'
        '--max-parallel[Requests in flight at once.]:max-parallel:'
        '--user[Owning user id.]:user:'
        '--team[Team id.]:team:'
        '*--metadata[Metadata as key=value; repeatable.]:metadata:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion key generate -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_key_list() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '--user[Only this user'\''s keys.]:user:'
        '--team[Only this team'\''s keys.]:team:'
        '--page[Page, from 1.]:page:'
        '--size[Keys per page, up to 100.]:size:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion key list -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_key_info() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':key:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion key info -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_key_update() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':key:'
        '--duration[Lifetime from now, like 30d, 12h, 15m.]:duration:'
        '--alias[A unique alias.]:alias:'
        '--models[Models the key may call, comma-separated.]:models:'
        '--max-budget[Budget in USD.]:max-budget:'
        '--budget-duration[Budget period, like 30d.]:budget-duration:'
        '--rpm[Requests per minute.]:rpm:'
        '--tpm[Tokens per minute.]:tpm:'
        '--max-parallel[Requests in flight at once.]:max-parallel:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion key update -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_key_regenerate() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':key:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion key regenerate -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_key_delete() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '*:keys:'
        '*--alias[Delete the key with this alias; repeatable.]:alias:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion key delete -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_key_block() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':key:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion key block -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_key_unblock() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':key:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion key unblock -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_user() {
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
            'create:Create a user (and a first key unless --no-key).'
            'list:List users.'
            'info:Show one user.'
            'update:Change a user'\''s email, role, budget or models.'
            'delete:Delete users with their keys; all or none.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        create|list|info|update|delete)
            "_llmctl_user_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_llmctl_user_create() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':user-id:'
        '--email[Email address.]:email:'
        '--role[Role\: proxy_admin, proxy_admin_viewer, internal_user or internal_user_viewer.]:role:'
        '--max-budget[Budget in USD.]:max-budget:'
        '--models[Models the user may call, comma-separated.]:models:'
        '--no-key[Do not create a first key.]'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion user create -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_user_list() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '--role[Only users with this role.]:role:'
        '--page[Page, from 1.]:page:'
        '--size[Users per page, up to 100.]:size:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion user list -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_user_info() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':user-id:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion user info -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_user_update() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':user-id:'
        '--email[Email address.]:email:'
        '--role[Role\: proxy_admin, proxy_admin_viewer, internal_user or internal_user_viewer.]:role:'
        '--max-budget[Budget in USD.]:max-budget:'
        '--models[Models the user may call, comma-separated.]:models:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion user update -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_user_delete() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '*:user-ids:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion user delete -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_team() {
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
            'create:Create a team.'
            'list:List teams.'
            'info:Show one team.'
            'update:Change a team'\''s alias, budget or models, or block it.'
            'delete:Delete teams with their keys; all or none.'
            'add-member:Add a user to a team.'
            'remove-member:Remove a user from a team.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        create|list|info|update|delete|add-member|remove-member)
            "_llmctl_team_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_llmctl_team_create() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':team-id:'
        '--alias[A display name.]:alias:'
        '--max-budget[Budget in USD.]:max-budget:'
        '--models[Models the team may call, comma-separated.]:models:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion team create -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_team_list() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '--user[Only teams this user belongs to.]:user:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion team list -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_team_info() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':team-id:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion team info -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_team_update() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':team-id:'
        '--alias[A display name.]:alias:'
        '--max-budget[Budget in USD.]:max-budget:'
        '--models[Models the team may call, comma-separated.]:models:'
        '--blocked[Block (true) or unblock (false) the team'\''s keys.]:blocked:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion team update -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_team_delete() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '*:team-ids:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion team delete -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_team_add-member() {
    local -i ret=1
    local -ar ___role=('admin' 'user')
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':team-id:'
        ':user-id:'
        '--role[The member'\''s role\: admin or user.]:role:{__llmctl_complete "${___role[@]}"}'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion team add-member -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_team_remove-member() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':team-id:'
        ':user-id:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion team remove-member -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_model() {
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
            'list:List the models the key may call.'
            'info:Show the deployments behind each model: upstream, API base, prices (admin).'
            'add:Add a deployment of a model name, served by every instance without a restart (admin).'
            'delete:Delete deployments added with '\''model add'\'' (admin); config-file models stay.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|info|add|delete)
            "_llmctl_model_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_llmctl_model_list() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion model list -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_model_info() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':model:{__llmctl_custom_complete ---completion model info -- positional@0 "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion model info -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_model_add() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        ':name:'
        '--upstream[The upstream, as PROVIDER/MODEL (openai/, azure/, anthropic/, hosted_vllm/, ollama/, …).]:upstream:'
        '--api-base[The upstream'\''s base URL.]:api-base:'
        '--api-key-env[The environment variable holding the upstream key, on each instance.]:api-key-env:'
        '--api-version[Azure'\''s api-version.]:api-version:'
        '--input-cost[Dollars per prompt token.]:input-cost:'
        '--output-cost[Dollars per completion token.]:output-cost:'
        '--rpm[Requests per minute this deployment may take.]:rpm:'
        '--tpm[Tokens per minute this deployment may take.]:tpm:'
        '--id[The deployment'\''s id (default\: generated).]:id:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion model add -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_model_delete() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '*:ids:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion model delete -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--wait[Return only once every live instance has applied this change (bounded by --timeout, default 10s).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_spend() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '--key[Only this key (sk-… or token).]:key:'
        '--team[Only this team.]:team:'
        '--user[Only this user.]:user:'
        '--since[How far back, like 7d or 12h (default 7d).]:since:'
        '--limit[Rows at most, up to 1000.]:limit:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion spend -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_chat() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '--model[The model (default\: demo).]:model:{__llmctl_custom_complete ---completion chat -- --model "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--system[A system message.]:system:'
        '--stream[Print the answer as it is generated (Server-Sent Events); with -o json, one chunk per line.]'
        ':prompt:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion chat -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_health() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '--all-contexts[Check every stored context.]'
        '--models[Check each upstream deployment with a minimal call instead of the proxy'\''s readiness.]'
        '--model[With --models, check only this model name.]:model:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion health -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_fleet() {
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
            'status:List the instances: name, region, role, version, applied revision, lag, last heartbeat and status.'
            'wait:Wait until every live instance has applied a revision (default: the current one).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        status|wait)
            "_llmctl_fleet_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_llmctl_fleet_status() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '--probe[Have the admin probe each live instance'\''s readiness and show whether it answered.]'
        '--all[Include stale and stopped instances.]'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion fleet status -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_fleet_wait() {
    local -i ret=1
    local -ar ___output=('table' 'json' 'yaml' 'name')
    local -ar arg_specs=(
        '--revision[The revision to wait for, as x-llmproxy-revision or '\''fleet status'\'' showed it.]:revision:'
        '(--output -o)'{--output,-o}'[Output format\: table, json, yaml or name.]:output:{__llmctl_complete "${___output[@]}"}'
        '--no-headers[Print tables without their header row.]'
        '--context[Use this context for this call instead of the current one.]:context:{__llmctl_custom_complete ---completion fleet wait -- --context "${current_word_index}" "$(__llmctl_cursor_index_in_current_word)"}'
        '--timeout[How long to wait for the server (default 30s), or for the fleet with '\''fleet wait'\'' (default 10s)\: 10, 10s, 500ms or 2m.]:timeout:'
        '--insecure[Do not verify the server'\''s TLS certificate.]'
        '--cacert[Trust the CA certificates in this PEM file.]:cacert:_files'
        '--verbose[Trace each request and response on standard error, secrets masked.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_shell() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_llmctl_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _llmctl ]]; then
    _llmctl "${@}"
else
    compdef _llmctl llmctl
fi
