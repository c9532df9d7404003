/**
 * The commit: checks that the caller still holds the sandbox lock (ARGV[1] is its token) and that no inserted id
 * is taken, then applies every buffered write, bumps the version and releases (ARGV[2] = '1') or extends the lock
 * (ARGV[3] ms). Ops are groups of four ARGV items: op, key index, field, value. A script runs atomically, so a
 * transaction lands whole or not at all.
 */
export const COMMIT_SCRIPT = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return redis.error_reply('CLIENTELA_LOCK_LOST') end
local n = #ARGV
for i = 4, n, 4 do
  if ARGV[i] == 'N' and redis.call('HEXISTS', KEYS[tonumber(ARGV[i + 1])], ARGV[i + 2]) == 1 then
    return redis.error_reply('CLIENTELA_TAKEN ' .. ARGV[i + 2])
  end
end
for i = 4, n, 4 do
  local op, key, field, value = ARGV[i], KEYS[tonumber(ARGV[i + 1])], ARGV[i + 2], ARGV[i + 3]
  if op == 'N' or op == 'H' then redis.call('HSET', key, field, value)
  elseif op == 'X' then if redis.call('HGET', key, field) == value then redis.call('HDEL', key, field) end
  elseif op == 'R' then redis.call('RPUSH', key, field)
  elseif op == 'L' then redis.call('LREM', key, 0, field) end
end
if n >= 4 then redis.call('INCR', KEYS[2]) end
if ARGV[2] == '1' then redis.call('DEL', KEYS[1]) else redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return 1
`;

/** Releases a lock only if it still holds the caller's token (KEYS[1], ARGV[1]). */
export const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** Extends a lock held by the caller's token by ARGV[2] ms. */
export const EXTEND_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

/** Appends to the capped journal stream (KEYS[1]) under the next id of KEYS[2]; ARGV: cap, record JSON, sandbox. */
export const JOURNAL_SCRIPT = `
local id = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'id', id, 'sandbox', ARGV[3], 'record', ARGV[2])
return id
`;
