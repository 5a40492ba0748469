-- The legacy statistics table's work figures (national-2014 sections 二、八、九), one row per body
-- and year: staff, 查阅点, funds, meetings, trainings and 回应解读.
create table activities (
  body_id text not null references bodies (id),
  year integer not null check (year between 2000 and 2999),
  dedicated_units integer not null default 0 check (dedicated_units >= 0),
  reading_points integer not null default 0 check (reading_points >= 0),
  staff_full_time integer not null default 0 check (staff_full_time >= 0),
  staff_part_time integer not null default 0 check (staff_part_time >= 0),
  -- 政府信息公开专项经费, 万元 (decimal, as printed)
  funds_wan numeric(14, 4) not null default 0 check (funds_wan >= 0),
  meetings integer not null default 0 check (meetings >= 0),
  training_sessions integer not null default 0 check (training_sessions >= 0),
  training_attendees integer not null default 0 check (training_attendees >= 0),
  hot_topic_responses integer not null default 0 check (hot_topic_responses >= 0),
  press_conferences integer not null default 0 check (press_conferences >= 0),
  press_conferences_by_head integer not null default 0 check (press_conferences_by_head >= 0),
  online_interviews integer not null default 0 check (online_interviews >= 0),
  online_interviews_by_head integer not null default 0 check (online_interviews_by_head >= 0),
  policy_interpretations integer not null default 0 check (policy_interpretations >= 0),
  weibo_wechat_responses integer not null default 0 check (weibo_wechat_responses >= 0),
  other_responses integer not null default 0 check (other_responses >= 0),
  updated_at timestamptz not null default now(),
  updated_by text not null,
  primary key (body_id, year),
  check (press_conferences_by_head <= press_conferences),
  check (online_interviews_by_head <= online_interviews)
);
