-- Subjects of the 2018 general-education programme (GDPT 2018), primary and lower secondary.
-- Reference data, not demo data: every installation needs them.
INSERT INTO core_subject (code, name_vi, name_en) VALUES
 ('TIENG_VIET',      'Tiếng Việt',                         'Vietnamese'),
 ('NGU_VAN',         'Ngữ văn',                            'Literature'),
 ('TOAN',            'Toán',                               'Mathematics'),
 ('DAO_DUC',         'Đạo đức',                            'Ethics'),
 ('GDCD',            'Giáo dục công dân',                  'Civic education'),
 ('TU_NHIEN_XA_HOI', 'Tự nhiên và Xã hội',                 'Nature and society'),
 ('KHOA_HOC',        'Khoa học',                           'Science'),
 ('KHTN',            'Khoa học tự nhiên',                  'Natural sciences'),
 ('LICH_SU_DIA_LI',  'Lịch sử và Địa lí',                  'History and geography'),
 ('TIN_HOC',         'Tin học',                            'Informatics'),
 ('CONG_NGHE',       'Công nghệ',                          'Technology'),
 ('TIN_HOC_CONG_NGHE','Tin học và Công nghệ',              'Informatics and technology'),
 ('GDTC',            'Giáo dục thể chất',                  'Physical education'),
 ('AM_NHAC',         'Âm nhạc',                            'Music'),
 ('MI_THUAT',        'Mĩ thuật',                           'Fine arts'),
 ('HDTN',            'Hoạt động trải nghiệm',              'Experiential activities'),
 ('HDTN_HN',         'Hoạt động trải nghiệm, hướng nghiệp','Experiential and career-orientation activities'),
 ('TIENG_ANH',       'Tiếng Anh',                          'English'),
 ('GD_DIA_PHUONG',   'Nội dung giáo dục địa phương',       'Local education content');
